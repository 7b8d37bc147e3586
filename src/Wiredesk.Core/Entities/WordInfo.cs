namespace Wiredesk.Core.Entities;

/// <summary>The hashed forms of one token, computed once per sentence and shared by the features of its neighbours.</summary>
internal readonly record struct WordInfo(ulong Raw, ulong Folded, ulong Shape, ulong ShortShape, WordFlags Flags, int Length)
{
    public bool StartsUpper => (Flags & WordFlags.InitialCapital) != 0;

    public static WordInfo Of(ReadOnlySpan<char> word) => new(
        WordForms.RawHash(word),
        WordForms.FoldedHash(word),
        WordForms.ShapeHash(word, 4),
        WordForms.ShapeHash(word, 1),
        WordForms.FlagsOf(word),
        word.Length);
}
