using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Stories;

/// <summary>
/// The story stage over a store: rebuilds the clusterer from the stored placements (no article is clustered twice, so
/// story ids never change), places the pending articles in publication order (ingestion order breaks ties and places
/// undated ones last), and saves placements, merges and the stories they touched in one transaction. Given a
/// <see cref="WarmStories"/>, a long-running process skips the rebuild while the clusterer it kept is still the store's.
/// After the save it also saves the clusterer itself (<see cref="StorySnapshot"/>; with a kept clusterer, only every so
/// often: <see cref="WarmStories.SnapshotDue"/>; without, once the snapshot it started from lags by a
/// <see cref="SnapshotLagShare"/>th of the store), and starts from that snapshot when it holds exactly the store's
/// placements, or an unchanged part of them (then the placements saved after it are replayed), so that a new process
/// need not replay them all either.
/// </summary>
public sealed class StoryAnalyzer(IArticleStore articles, IStoryStore stories, IReuseStore? reuse, StoryOptions options, WarmStories? warm = null)
{
    /// <summary>Places every pending article; returns the ids of the stories that changed.</summary>
    public async Task<IReadOnlyList<string>> AnalyzePendingAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var pending = await stories.PendingStoriesAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Count == 0)
        {
            return [];
        }

        var documents = await PendingDocumentsAsync(pending, cancellationToken).ConfigureAwait(false);
        var mark = await stories.PlacementMarkAsync(cancellationToken).ConfigureAwait(false);
        var (clusterer, startedFrom) = await StartAsync(mark, documents, cancellationToken).ConfigureAwait(false);

        var placements = new List<StoryPlacement>(documents.Count);
        var merges = new List<(string From, string Into)>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var done = 0;
        foreach (var document in documents.Select((d, i) => (d, i)).OrderBy(x => Time(x.d) ?? DateTimeOffset.MaxValue).ThenBy(x => x.i).Select(x => x.d))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relations = reuse is null ? [] : await reuse.RelationsOfAsync(document.Id, cancellationToken).ConfigureAwait(false);
            var copyOf = CopySource.Find(document.Id, relations, id => clusterer.StoryOf(id) is not null, options.CopyContainment);
            var assignment = clusterer.Add(ArticleProfiler.Profile(document), copyOf);
            placements.Add(new StoryPlacement(document.ContentHash, document.Id, assignment.StoryId, assignment.CopyOf));
            touched.Add(assignment.StoryId);
            foreach (var from in assignment.Merged)
            {
                merges.Add((from, assignment.StoryId));
                touched.Remove(from);
            }

            progress?.Report(++done);
        }

        // A placement saved before a later merge names the story it joined then; the store moves it with the merge.
        var live = clusterer.Stories().Where(s => touched.Contains(s.Id) || merges.Any(m => m.Into == s.Id)).ToList();
        var changed = live.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var final = placements.Select(p => p with { StoryId = clusterer.StoryOf(p.DocumentId)! }).ToList();
        await stories.SaveStoriesAsync(final, merges, live, cancellationToken).ConfigureAwait(false);
        // Read under the same stage lock as the save, so no other analysis has placed anything since. A placement the
        // store skipped (its article replaced meanwhile) leaves the clusterer holding more than the store: not kept.
        var saved = await stories.PlacementMarkAsync(cancellationToken).ConfigureAwait(false);
        if (clusterer.PlacedCount == saved.Count)
        {
            warm?.Keep(clusterer, saved);
            if (warm is null ? ColdSnapshotDue(startedFrom, saved) : Origin != ClustererOrigin.Kept || warm.SnapshotDue(saved))
            {
                await stories.SaveStorySnapshotAsync(ClustererSnapshots.Take(clusterer, saved, options), cancellationToken).ConfigureAwait(false);
                warm?.SnapshotSaved(saved);
            }
        }

        return [.. changed.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Placements a snapshot may lag behind, as a share of those it holds, before a process that keeps no clusterer
    /// (<c>wiredesk analyze</c>) writes a new one: catching up that many costs less than writing the whole clusterer.
    /// </summary>
    internal const int SnapshotLagShare = 64;

    // Without a kept clusterer: a new snapshot unless the analysis started from one (at startedFrom) that lags by less
    // than a 64th of its placements (at least one), which the next process catches up cheaply.
    private static bool ColdSnapshotDue(PlacementMark? startedFrom, PlacementMark saved) =>
        startedFrom is not { } from || saved.Count - from.Count >= Math.Max(1, from.Count / SnapshotLagShare);

    /// <summary>Where the clusterer of the last analysis came from.</summary>
    public ClustererOrigin Origin { get; private set; }

    /// <summary>Why the saved snapshot could not be read, when it was damaged (the clusterer was rebuilt instead).</summary>
    public string? SnapshotProblem { get; private set; }

    // The kept clusterer, else the saved one (caught up when older than the store's placements), else a rebuild; none
    // that already holds a pending article (one replaced since it was placed). Also the mark of the snapshot it started
    // from, when it did.
    private async Task<(OnlineStoryClusterer Clusterer, PlacementMark? StartedFrom)> StartAsync(PlacementMark mark, List<Document> documents, CancellationToken cancellationToken)
    {
        if (warm?.Take(mark, documents.Select(d => d.Id)) is { } kept)
        {
            Origin = ClustererOrigin.Kept;
            return (kept, null);
        }

        try
        {
            var snapshot = await stories.StorySnapshotAsync(cancellationToken).ConfigureAwait(false);
            if (ClustererSnapshots.Restore(snapshot, mark, options) is { } saved
                && !documents.Any(d => saved.StoryOf(d.Id) is not null)
                && (snapshot!.Mark == mark || await CatchUpAsync(saved, snapshot.Mark, mark, cancellationToken).ConfigureAwait(false)))
            {
                Origin = snapshot.Mark == mark ? ClustererOrigin.Snapshot : ClustererOrigin.CaughtUp;
                return (saved, snapshot.Mark);
            }
        }
        catch (InvalidDataException e)
        {
            SnapshotProblem = e.Message;
        }

        Origin = ClustererOrigin.Rebuilt;
        var clusterer = new OnlineStoryClusterer(options);
        await ReplayAsync(clusterer, await stories.PlacementsAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return (clusterer, null);
    }

    /// <summary>
    /// Brings <paramref name="clusterer"/>, saved at <paramref name="saved"/>, up to the store's <paramref name="mark"/> by
    /// replaying the placements saved since, as a rebuild would replay them. False (the clusterer is then spoiled) when a
    /// placement it holds has changed since: gone (its article replaced) or moved by a later merge; then only a rebuild
    /// is exact.
    /// </summary>
    private async Task<bool> CatchUpAsync(OnlineStoryClusterer clusterer, PlacementMark saved, PlacementMark mark, CancellationToken cancellationToken)
    {
        if (await stories.PlacementsUpToAsync(saved.Last, cancellationToken).ConfigureAwait(false) != saved.Count)
        {
            return false;
        }

        var placements = await stories.PlacementsAsync(cancellationToken).ConfigureAwait(false);
        if (placements.Count != mark.Count)
        {
            return false;
        }

        var held = (int)saved.Count;
        for (var i = 0; i < placements.Count; i++)
        {
            var story = clusterer.StoryOf(placements[i].DocumentId);
            if (i < held ? story != placements[i].StoryId : story is not null)
            {
                return false;
            }
        }

        await ReplayAsync(clusterer, placements.Skip(held), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Replays stored placements in order: each article re-weighed, its story given, as when it was placed.</summary>
    private async Task ReplayAsync(OnlineStoryClusterer clusterer, IEnumerable<StoryPlacement> placements, CancellationToken cancellationToken)
    {
        foreach (var placement in placements)
        {
            if (await articles.GetAsync(placement.DocumentId, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                clusterer.Restore(ArticleProfiler.Profile(stored), placement.StoryId, placement.CopyOf);
            }
        }
    }

    // By content hash when the store can look them up so, else from one pass over the stored articles.
    private async Task<List<Document>> PendingDocumentsAsync(IReadOnlyList<string> pending, CancellationToken cancellationToken)
    {
        var documents = new List<Document>(pending.Count);
        if (reuse is not null)
        {
            foreach (var key in pending)
            {
                if (await reuse.GetByHashAsync(key, cancellationToken).ConfigureAwait(false) is { } document)
                {
                    documents.Add(document);
                }
            }

            return documents;
        }

        var wanted = pending.Select((key, order) => (key, order)).ToDictionary(p => p.key, p => p.order, StringComparer.Ordinal);
        var found = new List<(int Order, Document Document)>();
        await foreach (var document in articles.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (wanted.TryGetValue(document.ContentHash, out var order))
            {
                found.Add((order, document));
            }
        }

        return found.OrderBy(f => f.Order).Select(f => f.Document).ToList();
    }

    private static DateTimeOffset? Time(Document document) =>
        document.PublishedAt ?? (document.Published is { } day ? new DateTimeOffset(day, new TimeOnly(12, 0), TimeSpan.Zero) : null);
}
