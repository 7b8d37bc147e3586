namespace Wiredesk.Core.Stories;

/// <summary>
/// An article's unit-length word, name and title vectors, weighed with the document frequencies of its moment, and the
/// terms it is looked up by (word ids, and name ids offset by <see cref="NameKey"/>).
/// </summary>
internal sealed record ArticleVectors(
    ArticleProfile Profile,
    TermVector Words,
    TermVector Names,
    TermVector TitleWords,
    IReadOnlyList<long> LookupTerms)
{
    /// <summary>Added to a name's term id to keep name lookups apart from word lookups.</summary>
    public const long NameKey = 1L << 32;

    /// <summary>The words that are not among the names, at unit length: what is said, apart from who and where.</summary>
    public TermVector Topic { get; } = Words.Without(Names);
}
