namespace Wiredesk.Core.Text;

/// <summary>
/// A run of characters in a document's original text, so that every output can be traced back to what it came from.
/// </summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span running from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether this span lies inside a text of the given length.</summary>
    public bool FitsIn(int textLength) => Start >= 0 && Length >= 0 && End <= textLength;

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>The characters this span covers in <paramref name="text"/>, without copying.</summary>
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
