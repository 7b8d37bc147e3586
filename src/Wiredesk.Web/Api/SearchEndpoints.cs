using System.Text;
using Wiredesk.Core.Storage;
using Wiredesk.Web.Catalog;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Api;

/// <summary><c>GET /api/search?q=</c>: the store's full-text search, with plain-text snippets and where the matches are.</summary>
internal static class SearchEndpoints
{
    public const int MaxLimit = 100;
    public const int MaxQueryLength = 500;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search over headlines and article text; every word is required")
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> SearchAsync(IArticleStore store, SearchCache cache, CancellationToken cancellationToken, string? q = null, int? limit = null)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
        {
            return ApiProblems.BadRequest("Invalid query", $"q must hold one or more words, at most {MaxQueryLength} characters.");
        }

        var count = limit ?? 20;
        if (count is < 1 or > MaxLimit)
        {
            return ApiProblems.BadRequest("Invalid limit", $"limit must be between 1 and {MaxLimit}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var response = await cache.GetAsync(q, count, async () =>
        {
            // Shared by every request waiting for this query, so not cancelled with the first of them.
            var hits = await store.SearchAsync(q, count, CancellationToken.None).ConfigureAwait(false);
            var results = hits.Select(h =>
            {
                var (snippet, highlights) = Unmark(h.Snippet);
                return new SearchResult(h.Id, h.Title, snippet, highlights, Math.Round(h.Score, 4));
            }).ToList();
            return new SearchResponse(q, results);
        }).ConfigureAwait(false);
        return Results.Json(response, WebJsonContext.Default.SearchResponse);
    }

    // The store marks matches with [ and ]: the snippet without the marks, and where they were.
    internal static (string Text, IReadOnlyList<TextRange> Highlights) Unmark(string snippet)
    {
        var text = new StringBuilder(snippet.Length);
        var highlights = new List<TextRange>();
        var open = -1;
        foreach (var c in snippet)
        {
            if (c == '[' && open < 0)
            {
                open = text.Length;
            }
            else if (c == ']' && open >= 0)
            {
                highlights.Add(new TextRange(open, text.Length - open));
                open = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return (text.ToString(), highlights);
    }
}
