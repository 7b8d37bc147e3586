using Wiredesk.Cluster.Stories;
using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster;

/// <summary>The story stage on the cluster: the order, the placements and what is saved are those of <see cref="StoryAnalyzer"/>.</summary>
public sealed partial class ClusterAnalysis
{
    private async Task StoriesAsync(IArticleStore articles, IStoryStore stories, IReadOnlyList<string> pending, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var reuse = articles as IReuseStore;
        var documents = await PendingDocumentsAsync(articles, reuse, pending, cancellationToken).ConfigureAwait(false);
        var ordered = documents.Select((d, i) => (d, i)).OrderBy(x => Time(x.d) ?? DateTimeOffset.MaxValue).ThenBy(x => x.i).Select(x => x.d).ToList();
        var sequencer = grains.GetGrain<IStorySequencerGrain>(_options.Name);

        var placements = new List<StoryPlacement>(ordered.Count);
        var merges = new List<(string From, string Into)>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var done = 0;
        foreach (var batch in ordered.Chunk(_options.BatchSize))
        {
            var relations = new List<ReuseRelation[]>(batch.Length);
            foreach (var document in batch)
            {
                var found = reuse is null ? [] : await reuse.RelationsOfAsync(document.Id, cancellationToken).ConfigureAwait(false);
                relations.Add([.. found.Select(r => r with { Passages = [] })]);
            }

            var assignments = await WithRetryAsync(async () =>
            {
                var profiles = await SpreadAsync(batch, (worker, chunk) => worker.ProfileAsync(new DocumentBatch(chunk))).ConfigureAwait(false);
                return await sequencer.PlaceAsync([.. profiles.Select((p, i) => new StoryInput(p, relations[i]))]).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);

            for (var i = 0; i < batch.Length; i++)
            {
                var assignment = assignments[i];
                placements.Add(new StoryPlacement(batch[i].ContentHash, batch[i].Id, assignment.StoryId, assignment.CopyOf));
                touched.Add(assignment.StoryId);
                foreach (var from in assignment.Merged)
                {
                    merges.Add((from, assignment.StoryId));
                    touched.Remove(from);
                }
            }

            done += batch.Length;
            progress?.Report(done);
        }

        var wanted = touched.Concat(merges.Select(m => m.Into)).Distinct(StringComparer.Ordinal).ToArray();
        var live = await WithRetryAsync(() => sequencer.StoriesAsync(wanted), cancellationToken).ConfigureAwait(false);
        var now = await WithRetryAsync(() => sequencer.StoryOfAsync([.. placements.Select(p => p.DocumentId)]), cancellationToken).ConfigureAwait(false);
        var final = placements.Select((p, i) => p with { StoryId = now[i]! }).ToList();
        await stories.SaveStoriesAsync(final, merges, live, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<Document>> PendingDocumentsAsync(IArticleStore articles, IReuseStore? reuse, IReadOnlyList<string> pending, CancellationToken cancellationToken)
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

        return [.. found.OrderBy(f => f.Order).Select(f => f.Document)];
    }

    private static DateTimeOffset? Time(Document document) =>
        document.PublishedAt ?? (document.Published is { } day ? new DateTimeOffset(day, new TimeOnly(12, 0), TimeSpan.Zero) : null);
}
