using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Analysis;

/// <summary>
/// Every analysis stage over what a store holds and has not analysed yet, in order (text reuse, then stories, which
/// need the copies), and what the stages found about given documents. Running it twice changes nothing; a run that
/// stops midway leaves the rest pending for the next one.
/// </summary>
public static class StoreAnalysis
{
    /// <summary>Runs a stage without watching it.</summary>
    public static readonly AnalysisStage Unobserved = (_, _, work) => work(null);

    /// <summary>Analyses every pending article of <paramref name="store"/>; a long-running process passes the
    /// <paramref name="warm"/> story clusterer it keeps for the store between calls. <paramref name="warn"/> is told of
    /// what went wrong but was recovered from (a damaged saved clusterer, rebuilt).</summary>
    public static async Task AnalyzePendingAsync(IArticleStore store, AnalysisStage? stage, CancellationToken cancellationToken, WarmStories? warm = null, Action<string>? warn = null)
    {
        stage ??= Unobserved;
        if (store is IReuseStore reuseStore)
        {
            var held = await LockAsync(store, "reuse", cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                var analyzer = new ReuseAnalyzer(reuseStore, ReuseOptions.Default);
                var pending = await reuseStore.PendingReuseAsync(cancellationToken).ConfigureAwait(false);
                await stage($"Finding text reuse in {pending.Count} articles", pending.Count, progress => analyzer.AnalyzePendingAsync(progress, cancellationToken)).ConfigureAwait(false);
            }
        }

        if (store is IStoryStore storyStore)
        {
            var held = await LockAsync(store, "stories", cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                var analyzer = new StoryAnalyzer(store, storyStore, store as IReuseStore, StoryOptions.Default, warm);
                var pending = await storyStore.PendingStoriesAsync(cancellationToken).ConfigureAwait(false);
                await stage($"Grouping {pending.Count} articles into stories", pending.Count, progress => analyzer.AnalyzePendingAsync(progress, cancellationToken)).ConfigureAwait(false);
                if (analyzer.SnapshotProblem is { } problem)
                {
                    warn?.Invoke($"the saved story clusterer could not be read ({problem}); it was rebuilt from the stored placements and saved again");
                }
            }
        }
    }

    /// <summary>
    /// Holds <paramref name="stage"/> of a store shared between processes, so that concurrent runs of a stage take turns
    /// (see <see cref="IAnalysisLock"/>); a store without such a lock holds nothing.
    /// </summary>
    public static async Task<IAsyncDisposable> LockAsync(IArticleStore store, string stage, CancellationToken cancellationToken) =>
        store is IAnalysisLock locking ? await locking.LockStageAsync(stage, cancellationToken).ConfigureAwait(false) : NothingHeld.Instance;

    private sealed class NothingHeld : IAsyncDisposable
    {
        public static readonly NothingHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>The reuse relations that involve any of <paramref name="ids"/>, each once.</summary>
    public static async Task<IReadOnlyList<ReuseRelation>> RelationsOfAsync(IArticleStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (store is not IReuseStore reuseStore)
        {
            return [];
        }

        var relations = new Dictionary<(string, string), ReuseRelation>();
        foreach (var id in ids)
        {
            foreach (var relation in await reuseStore.RelationsOfAsync(id, cancellationToken).ConfigureAwait(false))
            {
                relations.TryAdd((relation.A, relation.B), relation);
            }
        }

        return [.. relations.Values];
    }

    /// <summary>The stories that hold any of <paramref name="ids"/>, newest first.</summary>
    public static async Task<IReadOnlyList<Story>> StoriesOfAsync(IArticleStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        store is IStoryStore storyStore ? await storyStore.StoriesOfAsync(ids, cancellationToken).ConfigureAwait(false) : [];
}
