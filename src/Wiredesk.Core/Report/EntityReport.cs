namespace Wiredesk.Core.Report;

/// <summary>One canonical entity of a story, in the report.</summary>
/// <param name="Id">Stable id ("e-" and a hash of type and canonical name): the same person has the same id in every story.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">person, organization, place or other.</param>
/// <param name="Aliases">Every surface form seen, sorted.</param>
/// <param name="Roles">Titles and roles given to it, sorted.</param>
/// <param name="Documents">Documents that mention it.</param>
/// <param name="Mentions">Each mention with its span in its document.</param>
public sealed record EntityReport(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Documents,
    IReadOnlyList<MentionReport> Mentions);
