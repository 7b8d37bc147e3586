namespace Wiredesk.Core.Reuse;

/// <summary>A word as text reuse compares it: the hash of its normalised form, and where the word stands in the original text.</summary>
/// <param name="Hash">Hash of the normalised word (case, diacritics, apostrophes, British/American spelling and number words folded).</param>
/// <param name="Start">Offset of the word in the document's text.</param>
/// <param name="Length">Length of the word as written.</param>
public readonly record struct ReuseToken(ulong Hash, int Start, int Length)
{
    /// <summary>Offset just past the word.</summary>
    public int End => Start + Length;
}
