using Microsoft.Extensions.Logging;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;
using Wiredesk.Web.Catalog;
using Wiredesk.Web.Hosting;

namespace Wiredesk.Web.Ingest;

/// <summary>
/// The one way articles enter the store from the server (posts, feeds, the watched folder): clean and store them, run
/// every pending analysis stage, then move the store's version so that caches and pages see the change. One ingest runs
/// at a time; reads go on meanwhile.
/// </summary>
internal sealed partial class ArticleIngest(IArticleStore store, StoreVersion version, WebServerOptions options, ILogger<ArticleIngest> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IngestPipeline _pipeline = new(store, new ArticleCleaner());

    // The story clusterer kept between ingests: a new article is placed without replaying every stored one first.
    private readonly WarmStories _warmStories = new();

    public async Task<IngestOutcome> IngestAsync(ReadResult read, string origin, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var batch = read.Articles.Count == 0
                ? new IngestBatch([], read.Problems)
                : await _pipeline.IngestAsync(read, origin, cancellationToken).ConfigureAwait(false);
            var outcome = new IngestOutcome(batch.Documents, batch.Problems);
            if (outcome.Changed)
            {
                await AnalyzeAsync(cancellationToken).ConfigureAwait(false);
                version.Advance();
            }

            return outcome;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Analyses what the store holds and has not analysed yet (articles ingested before the server started).</summary>
    public async Task AnalyzePendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await AnalyzeAsync(cancellationToken).ConfigureAwait(false);
            version.Advance();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Saves the story clusterer kept between ingests to the store when it is newer than the snapshot there (the server
    /// saves one only every so often while it runs). Waits for a running ingest; a stop that cannot wait, or a failed
    /// save, leaves the older snapshot, which the next start catches up (or, when that cannot be exact, rebuilds).
    /// </summary>
    public async Task SaveKeptStoriesAsync(CancellationToken cancellationToken)
    {
        if (options.Analyze is not null || store is not IStoryStore stories)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var held = await StoreAnalysis.LockAsync(store, "stories", cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                await _warmStories.SaveAsync(stories, StoryOptions.Default, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    // In this process, or wherever the options send the analysis (a cluster).
    private Task AnalyzeAsync(CancellationToken cancellationToken) =>
        options.Analyze is { } analyze ? analyze(store, cancellationToken) : StoreAnalysis.AnalyzePendingAsync(store, StoreAnalysis.Unobserved, cancellationToken, _warmStories, message => LogRecovered(logger, message));

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analysis: {Message}")]
    private static partial void LogRecovered(ILogger logger, string message);
}
