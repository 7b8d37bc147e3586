using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Storage;

/// <summary>
/// Where the story stage keeps its placements and stories. Contract: placements come back in the order they were
/// saved; a save is one transaction (the placements, the merges and the story records together, or nothing); a
/// placement of an article that is no longer stored is skipped.
/// </summary>
public interface IStoryStore
{
    /// <summary>Every stored placement, in the order they were made.</summary>
    Task<IReadOnlyList<StoryPlacement>> PlacementsAsync(CancellationToken cancellationToken);

    /// <summary>How many placements are stored and the number of the newest: moves with every change to them.</summary>
    Task<PlacementMark> PlacementMarkAsync(CancellationToken cancellationToken);

    /// <summary>How many stored placements are numbered <paramref name="last"/> or lower (numbers only grow, so this falls
    /// below the count at a <see cref="PlacementMark"/> with that <see cref="PlacementMark.Last"/> exactly when one of its
    /// placements has gone since).</summary>
    Task<long> PlacementsUpToAsync(long last, CancellationToken cancellationToken);

    /// <summary>Content hashes of stored articles not yet placed in a story, in ingestion order.</summary>
    Task<IReadOnlyList<string>> PendingStoriesAsync(CancellationToken cancellationToken);

    /// <summary>Saves new placements, moves the members of <paramref name="merges"/> (from → into), remembers where each merged
    /// story went, and writes the given stories.</summary>
    Task SaveStoriesAsync(IReadOnlyList<StoryPlacement> placements, IReadOnlyList<(string From, string Into)> merges, IReadOnlyList<Story> stories, CancellationToken cancellationToken);

    /// <summary>The story clusterer snapshot saved last, or null when there is none.</summary>
    Task<StorySnapshot?> StorySnapshotAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the saved story clusterer snapshot with <paramref name="snapshot"/>.</summary>
    Task SaveStorySnapshotAsync(StorySnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Stored stories, newest last article first.</summary>
    Task<IReadOnlyList<Story>> StoriesAsync(CancellationToken cancellationToken);

    /// <summary>The <paramref name="count"/> stories that <see cref="StoriesAsync"/> lists first, read without the rest.</summary>
    Task<IReadOnlyList<Story>> NewestStoriesAsync(int count, CancellationToken cancellationToken);

    /// <summary>The stored stories that hold any of <paramref name="documentIds"/>, newest last article first.</summary>
    Task<IReadOnlyList<Story>> StoriesOfAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken);

    /// <summary>One stored story; for the id of a story that was merged, the story it was (in the end) merged into, whose
    /// <see cref="Story.Id"/> then differs from <paramref name="id"/>; null for an id never stored.</summary>
    Task<Story?> StoryAsync(string id, CancellationToken cancellationToken);
}
