using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Wiredesk.Core.Report;
using Wiredesk.Core.Storage;
using Wiredesk.Web.Catalog;
using Wiredesk.Web.Contracts;
using Wiredesk.Web.Hosting;
using Wiredesk.Web.Ingest;

namespace Wiredesk.Web.Api;

/// <summary><c>POST /api/articles</c> (ingest, then analyse) and <c>GET /api/articles/{id}</c>.</summary>
internal static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/articles", PostAsync)
            .WithName("PostArticles")
            .WithSummary("Store articles and analyse them")
            .WithDescription("The body is one article by its Content-Type: application/json (an object or an array of objects with text or html, " +
                "and optionally id, title, url, source, author, published), application/x-ndjson (JSON Lines), text/html, text/plain or an RSS/Atom feed. " +
                "?id= names an HTML or text article. Posting the same content again changes nothing.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Documented here rather than with Accepts(), which would refuse other types before the handler could explain.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = PostedBody.MediaTypes.ToDictionary(type => type, _ => new OpenApiMediaType()),
                };
                return Task.CompletedTask;
            })
            .Produces<IngestResponse>(StatusCodes.Status201Created)
            .Produces<IngestResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        endpoints.MapGet("/api/articles/{id}", GetAsync)
            .WithName("GetArticle")
            .WithSummary("One article: its document report, reuse relations, quotes, entities, time expressions and stories")
            .Produces<ArticleResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PostAsync(HttpRequest request, ArticleIngest ingest, StoryCatalog catalog, WebServerOptions options, CancellationToken cancellationToken)
    {
        var (read, problem) = await PostedBody.ReadAsync(request, options, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await ingest.IngestAsync(read!, PostedBody.Origin, cancellationToken).ConfigureAwait(false);
        var snapshot = await catalog.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var stories = outcome.Documents.SelectMany(d => snapshot.StoriesOf(d.Document.Id)).DistinctBy(s => s.Id).ToList();
        var response = new IngestResponse(
            outcome.Documents.Count(d => d.Status == SaveStatus.Added),
            outcome.Documents.Count(d => d.Status == SaveStatus.Updated),
            outcome.Documents.Count(d => d.Status == SaveStatus.Unchanged),
            outcome.Documents.Select(d => new IngestedArticle(d.Document.Id, d.Status.ToString().ToLowerInvariant())).ToList(),
            outcome.Problems.Select(p => new ProblemReport(p.Origin, p.Line, p.Severity.ToString().ToLowerInvariant(), p.Message)).ToList(),
            stories);
        if (outcome.Documents.Count == 0)
        {
            return ApiProblems.BadRequest("Nothing was stored", "No article of the body could be stored: " + string.Join("; ", response.Problems.Select(p => p.Message).Take(5)));
        }

        return response.Added > 0
            ? Results.Json(response, WebJsonContext.Default.IngestResponse, statusCode: StatusCodes.Status201Created)
            : Results.Json(response, WebJsonContext.Default.IngestResponse);
    }

    private static async Task<IResult> GetAsync(string id, IArticleStore store, StoryCatalog catalog, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return ApiProblems.NotFound("article", id);
        }

        var shares = new List<ReuseReport>();
        if (store is IReuseStore reuse)
        {
            foreach (var relation in await reuse.RelationsOfAsync(document.Id, cancellationToken).ConfigureAwait(false))
            {
                var a = relation.A == document.Id ? document : await store.GetAsync(relation.A, cancellationToken).ConfigureAwait(false);
                if (a is not null)
                {
                    shares.Add(ReportBuilder.ToReport(relation, a.Text));
                }
            }
        }

        var (quotes, entities, times) = await analysis.AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        var snapshot = await catalog.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var response = new ArticleResponse(ReportBuilder.ToReport(document) with { Shares = shares }, quotes, entities, times, snapshot.StoriesOf(document.Id));
        return Results.Json(response, WebJsonContext.Default.ArticleResponse);
    }
}
