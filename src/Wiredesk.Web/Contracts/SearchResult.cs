namespace Wiredesk.Web.Contracts;

/// <summary>One article found by a search.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Snippet">The matching words in context, as plain text.</param>
/// <param name="Highlights">Where the matches are in <paramref name="Snippet"/>.</param>
/// <param name="Score">Relevance; higher is better.</param>
public sealed record SearchResult(string Id, string? Title, string Snippet, IReadOnlyList<TextRange> Highlights, double Score);
