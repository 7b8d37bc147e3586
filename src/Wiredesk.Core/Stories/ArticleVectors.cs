namespace Wiredesk.Core.Stories;

/// <summary>An article's weighted, unit-length word, name and title vectors, weighed with the document frequencies of its moment.</summary>
internal sealed record ArticleVectors(
    ArticleProfile Profile,
    Dictionary<string, double> Words,
    Dictionary<string, double> Names,
    Dictionary<string, double> TitleWords,
    IReadOnlyList<string> LookupTerms);
