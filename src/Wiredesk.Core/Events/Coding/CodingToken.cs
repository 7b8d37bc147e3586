using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A word of a sentence being coded, split the way the Penn Treebank does (<c>did n't</c>, <c>Gondor 's</c>).
/// </summary>
/// <param name="Text">The word as written.</param>
/// <param name="Key">The upper-case form the dictionaries are matched against.</param>
/// <param name="Tag">Its part-of-speech tag when a parse supplied one (Penn Treebank tags), else null.</param>
/// <param name="Span">Where it stands in the original text (zero-length when a parse leaf could not be placed).</param>
internal sealed record CodingToken(string Text, string Key, string? Tag, TextSpan Span)
{
    public static CodingToken Of(string text, string? tag, TextSpan span) =>
        new(text, text.ToUpperInvariant().Replace('’', '\''), tag, span);

    /// <summary>Whether the parse tagged it as a verb (VB, VBD, VBG, VBN, VBP, VBZ).</summary>
    public bool IsTaggedVerb => Tag is not null && Tag.StartsWith("VB", StringComparison.Ordinal);
}
