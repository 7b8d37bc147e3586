using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cluster;

/// <summary>
/// The analysis stages of <see cref="StoreAnalysis"/> run through a cluster: the client reads what the store holds
/// and has not analysed, sends it through the cluster in batches, and saves what comes back in the store, as the
/// single-process stages would. Text reuse: workers sign the articles, the index partitions find the candidates,
/// workers align them. Stories: workers profile the articles, the sequencer places them. A batch cut off by a lost
/// silo is sent again; every step is idempotent, so an article is never lost nor counted twice.
/// </summary>
public sealed partial class ClusterAnalysis(IGrainFactory grains, ClusterAnalysisOptions? options = null)
{
    private readonly ClusterAnalysisOptions _options = options ?? ClusterAnalysisOptions.Default;

    /// <summary>Batches that had to be sent again after a failure.</summary>
    public int Retries { get; private set; }

    /// <summary>Analyses every pending article of <paramref name="store"/>.</summary>
    public async Task AnalyzePendingAsync(IArticleStore store, AnalysisStage? stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        stage ??= StoreAnalysis.Unobserved;
        // As in one process: runs of a stage on one shared store take turns, so that two clients never number the same
        // articles into the stream at once.
        if (store is IReuseStore reuseStore)
        {
            var held = await StoreAnalysis.LockAsync(store, "reuse", cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                var pending = await reuseStore.PendingReuseAsync(cancellationToken).ConfigureAwait(false);
                await stage($"Finding text reuse in {pending.Count} articles on the cluster", pending.Count, progress => ReuseAsync(reuseStore, pending, progress, cancellationToken)).ConfigureAwait(false);
            }
        }

        if (store is IStoryStore storyStore)
        {
            var held = await StoreAnalysis.LockAsync(store, "stories", cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                var pending = await storyStore.PendingStoriesAsync(cancellationToken).ConfigureAwait(false);
                await stage($"Grouping {pending.Count} articles into stories on the cluster", pending.Count, progress => StoriesAsync(store, storyStore, pending, progress, cancellationToken)).ConfigureAwait(false);
            }
        }
    }

    private Task<T> WithRetryAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken) =>
        ClusterRetry.RunAsync(step, _options, () => Retries++, cancellationToken);

    /// <summary>Splits <paramref name="items"/> into one contiguous share per worker, runs <paramref name="call"/> on each, and joins the answers in order.</summary>
    private async Task<TOut[]> SpreadAsync<TIn, TOut>(IReadOnlyList<TIn> items, Func<IArticleWorkerGrain, TIn[], Task<TOut[]>> call)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var size = (items.Count + _options.Workers - 1) / _options.Workers;
        var calls = items.Chunk(size).Select((chunk, i) => call(grains.GetGrain<IArticleWorkerGrain>(i), chunk)).ToList();
        var answers = await Task.WhenAll(calls).ConfigureAwait(false);
        return [.. answers.SelectMany(a => a)];
    }
}
