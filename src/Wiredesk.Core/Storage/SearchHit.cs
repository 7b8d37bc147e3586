namespace Wiredesk.Core.Storage;

/// <summary>A document found by a full-text search.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its headline, when it has one.</param>
/// <param name="Snippet">The matching words in context, with matches wrapped in <c>[</c> and <c>]</c>.</param>
/// <param name="Score">Relevance; higher is better.</param>
public sealed record SearchHit(string Id, string? Title, string Snippet, double Score);
