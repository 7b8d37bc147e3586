namespace Wiredesk.Web.Contracts;

/// <summary>A story named by id and headline.</summary>
public sealed record StoryLink(string Id, string? Title);
