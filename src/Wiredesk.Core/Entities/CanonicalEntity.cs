namespace Wiredesk.Core.Entities;

/// <summary>One person, organisation, place or other thing, with every way the articles name it.</summary>
/// <param name="Id">Stable id: "e-" and a hash of the type and the canonical name's key.</param>
/// <param name="Name">The canonical name: the fullest form seen, in its original spelling (a country's common name).</param>
/// <param name="Type">What it is.</param>
/// <param name="Aliases">Every distinct surface form that names it, the canonical name included, sorted.</param>
/// <param name="Roles">Titles and roles the articles give it ("NATO Secretary-General"), sorted.</param>
/// <param name="Documents">Documents that mention it, sorted.</param>
/// <param name="Mentions">Every mention with its span, in document order.</param>
public sealed record CanonicalEntity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Documents,
    IReadOnlyList<ResolvedMention> Mentions);
