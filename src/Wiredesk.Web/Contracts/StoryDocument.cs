namespace Wiredesk.Web.Contracts;

/// <summary>A member article of a story, as the story page lists it.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Source">Its outlet.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Published">Its publication date (yyyy-MM-dd).</param>
/// <param name="IsCopy">Whether it joined the story as a copy of an earlier article.</param>
public sealed record StoryDocument(string Id, string? Source, string? Title, string? Published, bool IsCopy);
