namespace Wiredesk.Web.Contracts;

/// <summary>One canonical entity across the stories indexed so far.</summary>
/// <param name="Id">The entity id (the same in every story).</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">person, organization, place or other.</param>
/// <param name="Aliases">Every surface form seen.</param>
/// <param name="Roles">Titles and roles given to it.</param>
/// <param name="Stories">Stories that mention it, newest first.</param>
/// <param name="Documents">Articles that mention it.</param>
public sealed record EntityResponse(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, IReadOnlyList<StoryLink> Stories, IReadOnlyList<string> Documents);
