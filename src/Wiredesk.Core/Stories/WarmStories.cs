using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Stories;

/// <summary>
/// The story clusterer of one store kept in memory between analyses by a long-running process (the server), so that
/// new articles are placed without first replaying every stored placement. It is used only while the store's
/// <see cref="PlacementMark"/> is the one it was left at and no pending article is one it already holds (an article
/// replaced since); otherwise the analysis starts as a process starting cold would (from the store's snapshot, caught
/// up if older, else by replaying every placement). A failed analysis drops it. Safe to share between threads: an
/// analysis takes it, and puts it back once its save succeeded.
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

    private readonly Lock _snapshotLock = new();
    private PlacementMark _snapshot;

    /// <summary>
    /// Whether an analysis that placed with the kept clusterer should also save it to the store, now at
    /// <paramref name="mark"/>: once the placements since the last snapshot this process saved reach an eighth of those
    /// it held (at least one). Writing a snapshot costs time in proportion to the store, so a server writes one only once
    /// the store has grown by an eighth since the last: spread over the articles placed in between, the writing then
    /// costs a bounded amount per article however large the store grows. A process that stops without
    /// <see cref="SaveAsync"/> leaves an older snapshot, which the next process catches up (replaying the placements saved
    /// after it).
    /// </summary>
    internal bool SnapshotDue(PlacementMark mark)
    {
        lock (_snapshotLock)
        {
            return mark.Count - _snapshot.Count >= Math.Max(1, _snapshot.Count / 8);
        }
    }

    /// <summary>Notes that the snapshot saved for <paramref name="mark"/> is in the store.</summary>
    internal void SnapshotSaved(PlacementMark mark)
    {
        lock (_snapshotLock)
        {
            _snapshot = mark;
        }
    }

    private bool SnapshotIs(PlacementMark mark)
    {
        lock (_snapshotLock)
        {
            return _snapshot == mark;
        }
    }

    /// <summary>
    /// Saves the kept clusterer to <paramref name="store"/> if it is still the store's and newer than the snapshot this
    /// process saved last: a server calls this as it stops, so that the next start reads it as it is. The
    /// caller holds the story stage (no analysis runs meanwhile).
    /// </summary>
    public async Task SaveAsync(IStoryStore store, StoryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var kept = Interlocked.Exchange(ref _kept, null);
        if (kept is null)
        {
            return;
        }

        var mark = await store.PlacementMarkAsync(cancellationToken).ConfigureAwait(false);
        if (kept.Mark == mark && !SnapshotIs(mark))
        {
            await store.SaveStorySnapshotAsync(ClustererSnapshots.Take(kept.Clusterer, mark, options), cancellationToken).ConfigureAwait(false);
            SnapshotSaved(mark);
        }

        Interlocked.CompareExchange(ref _kept, kept, null);
    }

    private sealed record Kept(OnlineStoryClusterer Clusterer, PlacementMark Mark);
}
