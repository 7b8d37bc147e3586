using Wiredesk.Web.Catalog;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Api;

/// <summary><c>GET /api/entities/{id}</c>: one canonical entity across the stories indexed so far.</summary>
internal static class EntityEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/entities/{id}", GetAsync)
            .WithName("GetEntity")
            .WithSummary("One entity (by id, or by one of its names): its names, roles, stories and articles")
            .Produces<EntityResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(string id, StoryCatalog catalog, EntityIndex index, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return index.Find(id, snapshot) is { } entity
            ? Results.Json(entity, WebJsonContext.Default.EntityResponse)
            : Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such entity",
                detail: $"No entity with id or name '{id}' in the {index.StoryCount} of {snapshot.Stories.Count} stories indexed so far.");
    }
}
