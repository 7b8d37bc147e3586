namespace Wiredesk.Core.Ingest;

/// <summary>What a page's JSON-LD says about its article.</summary>
/// <param name="Headline">The article's <c>headline</c>.</param>
/// <param name="DatePublished">The article's <c>datePublished</c>, as written.</param>
/// <param name="Author">The <c>author</c> name or names, joined with a comma.</param>
/// <param name="Publisher">The <c>publisher</c>'s name.</param>
internal sealed record JsonLdFacts(string? Headline, string? DatePublished, string? Author, string? Publisher)
{
    /// <summary>Nothing known.</summary>
    public static JsonLdFacts None { get; } = new(null, null, null, null);
}
