using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Stories;

/// <summary>
/// The story clusterer of one store kept in memory between analyses by a long-running process (the server), so that
/// new articles are placed without first replaying every stored placement. It is used only while the store's
/// <see cref="PlacementMark"/> is the one it was left at and no pending article is one it already holds (an article
/// replaced since); otherwise the clusterer is rebuilt from the store, as a process starting cold would. A failed
/// analysis drops it. Safe to share between threads: an analysis takes it, and puts it back once its save succeeded.
/// </summary>
public sealed class WarmStories
{
    private Kept? _kept;
    private int _reused;
    private int _rebuilt;

    /// <summary>Analyses that placed their articles with the clusterer kept from the one before.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Analyses that rebuilt the clusterer from the stored placements.</summary>
    public int Rebuilt => Volatile.Read(ref _rebuilt);

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

        Interlocked.Increment(ref _rebuilt);
        return null;
    }

    /// <summary>Keeps <paramref name="clusterer"/>, which holds every placement up to <paramref name="mark"/>.</summary>
    internal void Keep(OnlineStoryClusterer clusterer, PlacementMark mark) => Volatile.Write(ref _kept, new Kept(clusterer, mark));

    private sealed record Kept(OnlineStoryClusterer Clusterer, PlacementMark Mark);
}
