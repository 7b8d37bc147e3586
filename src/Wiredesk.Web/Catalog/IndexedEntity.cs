namespace Wiredesk.Web.Catalog;

/// <summary>What the entity index keeps of one entity of one story (its mentions are left out to stay small).</summary>
internal sealed record IndexedEntity(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, IReadOnlyList<string> Documents);
