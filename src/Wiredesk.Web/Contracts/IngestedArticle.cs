namespace Wiredesk.Web.Contracts;

/// <summary>One article of a post and what storing it did: added, updated or unchanged.</summary>
public sealed record IngestedArticle(string Id, string Status);
