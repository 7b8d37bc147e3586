namespace Wiredesk.Core.Ingest;

/// <summary>Where a feed item stands and what its feed says about every item.</summary>
/// <param name="Origin">The feed's origin; items get <c>{Origin}#{Position}</c>.</param>
/// <param name="Position">The item's 1-based position in the feed.</param>
/// <param name="Line">The line the item starts on, when known.</param>
/// <param name="Source">The feed's title.</param>
/// <param name="Language">The feed's language.</param>
internal sealed record FeedItemContext(string Origin, int Position, int? Line, string? Source, string? Language);
