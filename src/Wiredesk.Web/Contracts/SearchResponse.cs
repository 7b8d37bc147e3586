namespace Wiredesk.Web.Contracts;

/// <summary>The articles a full-text search found, best first.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchResult> Hits);
