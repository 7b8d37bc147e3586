namespace Wiredesk.Core.Stories;

/// <summary>Where an analysis got the story clusterer it placed new articles with.</summary>
public enum ClustererOrigin
{
    /// <summary>No analysis has run.</summary>
    None,

    /// <summary>Kept in memory from the analysis before (<see cref="WarmStories"/>).</summary>
    Kept,

    /// <summary>Read from the snapshot the analysis before saved in the store.</summary>
    Snapshot,

    /// <summary>Read from an older snapshot, then caught up by replaying the placements saved after it.</summary>
    CaughtUp,

    /// <summary>Rebuilt by replaying every stored placement.</summary>
    Rebuilt,
}
