using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Stories;

/// <summary>
/// The story clusterer of one store kept in memory between analyses by a long-running process (the server), so that
/// new articles are placed without first replaying every stored placement. It is used only while the store's
/// <see cref="PlacementMark"/> is the one it was left at and no pending article is one it already holds (an article
/// replaced since); otherwise the analysis starts as a process starting cold would (from the store's snapshot, else by
/// replaying every placement). A failed
/// analysis drops it. Safe to share between threads: an analysis takes it, and puts it back once its save succeeded.
/// </summary>
public sealed class WarmStories
{
    private Kept? _kept;
    private int _reused;
    private int _missed;

    /// <summary>Analyses that placed their articles with the clusterer kept from the one before.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Analyses that found no clusterer they could use kept (they started from the store's snapshot or rebuilt it).</summary>
    public int Missed => Volatile.Read(ref _missed);

    /// <summary>Takes the kept clusterer if it is still the store's at <paramref name="mark"/> and holds none of
    /// <paramref name="pendingIds"/>; null otherwise (and then nothing is kept any more).</summary>
    internal OnlineStoryClusterer? Take(PlacementMark mark, IEnumerable<string> pendingIds)
    {
        var kept = Interlocked.Exchange(ref _kept, null);
        if (kept is not null && kept.Mark == mark && !pendingIds.Any(id => kept.Clusterer.StoryOf(id) is not null))
        {
            Interlocked.Increment(ref _reused);
            return kept.Clusterer;
        }

        Interlocked.Increment(ref _missed);
        return null;
    }

    /// <summary>Keeps <paramref name="clusterer"/>, which holds every placement up to <paramref name="mark"/>.</summary>
    internal void Keep(OnlineStoryClusterer clusterer, PlacementMark mark) => Volatile.Write(ref _kept, new Kept(clusterer, mark));

    private sealed record Kept(OnlineStoryClusterer Clusterer, PlacementMark Mark);
}
