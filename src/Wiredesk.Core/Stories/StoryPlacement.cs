namespace Wiredesk.Core.Stories;

/// <summary>One article's place in a story, as stored: enough to rebuild the clusterer without clustering again.</summary>
/// <param name="ContentHash">The stored version of the article.</param>
/// <param name="DocumentId">Its id.</param>
/// <param name="StoryId">The story it belongs to now.</param>
/// <param name="CopyOf">The earlier article it copies, when it joined as a copy.</param>
public sealed record StoryPlacement(string ContentHash, string DocumentId, string StoryId, string? CopyOf);
