using Wiredesk.Core.Storage;
using Wiredesk.Web.Catalog;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Api;

/// <summary><c>GET /health</c>: up or not, and the store's counts and version (which pages poll to see new articles).</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", HealthAsync)
            .WithName("Health")
            .WithSummary("Whether the server is up; counts and the store version")
            .Produces<HealthResponse>();

    private static async Task<IResult> HealthAsync(IArticleStore store, StoryCatalog catalog, EntityIndex index, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var articles = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        return Results.Json(new HealthResponse("ok", articles, snapshot.Stories.Count, snapshot.Version, index.StoryCount), WebJsonContext.Default.HealthResponse);
    }
}
