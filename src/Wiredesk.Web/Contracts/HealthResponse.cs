namespace Wiredesk.Web.Contracts;

/// <summary>Whether the server is up, and what its store holds.</summary>
/// <param name="Status">ok.</param>
/// <param name="Articles">Stored articles.</param>
/// <param name="Stories">Stored stories.</param>
/// <param name="Version">Changes whenever an ingest changes what is stored; pages poll it.</param>
/// <param name="EntityIndexStories">How many stories the entity index covers.</param>
public sealed record HealthResponse(string Status, int Articles, int Stories, long Version, int EntityIndexStories);
