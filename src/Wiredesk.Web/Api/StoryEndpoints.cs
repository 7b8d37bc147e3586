using System.Globalization;
using Wiredesk.Core.Report;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;
using Wiredesk.Web.Catalog;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Api;

/// <summary><c>GET /api/stories</c> (paged, filtered), <c>GET /api/stories/{id}</c> and <c>GET /api/stories/{id}/documents</c>.</summary>
internal static class StoryEndpoints
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/stories", ListAsync)
            .WithName("ListStories")
            .WithSummary("Stories, newest first, a page at a time")
            .WithDescription("Filters: entity (an entity id or name), source (an outlet), from and to (yyyy-MM-dd: stories with an article in that range). " +
                "page starts at 1; pageSize is at most 100.")
            .Produces<StoryListResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapGet("/api/stories/{id}", GetAsync)
            .WithName("GetStory")
            .WithSummary("One story as the report's story object: entities, quotes, events, timeline, disagreements, summary, time expressions")
            .WithDescription("The id of a story that was merged into another answers with a permanent redirect (301) to the story that holds its articles now.")
            .Produces<StoryReport>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/stories/{id}/documents", DocumentsAsync)
            .WithName("GetStoryDocuments")
            .WithSummary("A story's articles (outlet, headline, date, copy or not) and the text reuse among them")
            .Produces<StoryDocumentsResponse>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(
        StoryCatalog catalog, EntityIndex entities, CancellationToken cancellationToken,
        string? entity = null, string? source = null, string? from = null, string? to = null, int? page = null, int? pageSize = null)
    {
        var size = pageSize ?? DefaultPageSize;
        var number = page ?? 1;
        if (size is < 1 or > MaxPageSize || number < 1)
        {
            return ApiProblems.BadRequest("Invalid paging", $"page must be 1 or more and pageSize between 1 and {MaxPageSize}.");
        }

        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate))
        {
            return ApiProblems.BadRequest("Invalid date", "from and to must be dates written yyyy-MM-dd.");
        }

        var snapshot = await catalog.CurrentAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<int> positions = string.IsNullOrWhiteSpace(source) ? Enumerable.Range(0, snapshot.Stories.Count) : snapshot.WithSource(source.Trim());
        if (!string.IsNullOrWhiteSpace(entity))
        {
            var wanted = entities.StoriesOf(entity.Trim());
            positions = positions.Where(i => wanted.Contains(snapshot.Stories[i].Id));
        }

        if (fromDate is not null || toDate is not null)
        {
            positions = positions.Where(i => Overlaps(snapshot.Stories[i], fromDate, toDate));
        }

        var all = positions as IReadOnlyCollection<int> ?? positions.ToList();
        var items = all.Skip((number - 1) * size).Take(size).Select(i => snapshot.Summaries[i]).ToList();
        return Results.Json(new StoryListResponse(all.Count, number, size, snapshot.Version, items), WebJsonContext.Default.StoryListResponse);
    }

    private static async Task<IResult> GetAsync(string id, IArticleStore store, StoryCatalog catalog, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var story = (await catalog.CurrentAsync(cancellationToken).ConfigureAwait(false)).Find(id);
        if (story is null)
        {
            return await MergedOrNotFoundAsync(id, "", store, cancellationToken).ConfigureAwait(false);
        }

        var report = await analysis.ReportAsync(store, story, cancellationToken).ConfigureAwait(false);
        return Results.Json(report, WebJsonContext.Default.StoryReport);
    }

    private static async Task<IResult> DocumentsAsync(string id, IArticleStore store, StoryCatalog catalog, CancellationToken cancellationToken)
    {
        var story = (await catalog.CurrentAsync(cancellationToken).ConfigureAwait(false)).Find(id);
        if (story is null)
        {
            return await MergedOrNotFoundAsync(id, "/documents", store, cancellationToken).ConfigureAwait(false);
        }

        var copies = story.Copies.ToHashSet(StringComparer.Ordinal);
        var documents = new Dictionary<string, Core.Documents.Document>(StringComparer.Ordinal);
        foreach (var member in story.Documents)
        {
            if (await store.GetAsync(member, cancellationToken).ConfigureAwait(false) is { } document)
            {
                documents[member] = document;
            }
        }

        var relations = (await Core.Analysis.StoreAnalysis.RelationsOfAsync(store, documents.Keys, cancellationToken).ConfigureAwait(false))
            .Where(r => documents.ContainsKey(r.A) && documents.ContainsKey(r.B))
            .OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal)
            .Select(r => ReportBuilder.ToReport(r, documents[r.A].Text))
            .ToList();
        var listed = documents.Values
            .Select(d => new StoryDocument(d.Id, ArticleProfiler.SourceOf(d), d.Title, d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), copies.Contains(d.Id)))
            .ToList();
        return Results.Json(new StoryDocumentsResponse(listed, relations), WebJsonContext.Default.StoryDocumentsResponse);
    }

    /// <summary>
    /// A story merged into another keeps its address: a permanent redirect to the story that holds its articles now
    /// (<paramref name="tail"/> is the rest of the path). Any other unknown id is not found.
    /// </summary>
    private static async Task<IResult> MergedOrNotFoundAsync(string id, string tail, IArticleStore store, CancellationToken cancellationToken)
    {
        if (store is IStoryStore stories && await stories.StoryAsync(id, cancellationToken).ConfigureAwait(false) is { } survivor && survivor.Id != id)
        {
            return Results.Redirect("/api/stories/" + Uri.EscapeDataString(survivor.Id) + tail, permanent: true);
        }

        return ApiProblems.NotFound("story", id);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static bool Overlaps(Story story, DateOnly? from, DateOnly? to)
    {
        if (story.First is null || story.Last is null)
        {
            return false;
        }

        var first = DateOnly.FromDateTime(story.First.Value.UtcDateTime);
        var last = DateOnly.FromDateTime(story.Last.Value.UtcDateTime);
        return (from is null || last >= from) && (to is null || first <= to);
    }
}
