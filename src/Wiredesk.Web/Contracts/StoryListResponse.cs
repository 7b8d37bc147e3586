namespace Wiredesk.Web.Contracts;

/// <summary>A page of stories, newest first.</summary>
/// <param name="Total">How many stories match the filters.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Stories per page.</param>
/// <param name="Version">The store's version: it changes whenever an ingest changes what is stored.</param>
/// <param name="Items">The stories of this page.</param>
public sealed record StoryListResponse(int Total, int Page, int PageSize, long Version, IReadOnlyList<StoryListItem> Items);
