using Microsoft.Extensions.Logging;
using Wiredesk.Core.Storage;

namespace Wiredesk.Web.Catalog;

/// <summary>
/// Keeps the entity index up to date: whenever the store's version moves, reports each story whose members changed
/// (newest first) and records its entities. Resolves only the entities (not the whole report), one story at a time
/// through the shared analysers, so requests interleave.
/// </summary>
internal sealed partial class EntityIndexer(IArticleStore store, StoryCatalog catalog, ArticleAnalysis analysis, EntityIndex index, StoreVersion version, ILogger<EntityIndexer> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long indexed = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (version.Value == indexed)
            {
                await Task.Delay(Idle, stoppingToken).ConfigureAwait(false);
                continue;
            }

            var snapshot = await catalog.CurrentAsync(stoppingToken).ConfigureAwait(false);
            index.Retain(snapshot.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
            foreach (var story in snapshot.Stories)
            {
                var signature = StorySnapshot.SignatureOf(story);
                if (index.IsCurrent(story.Id, signature))
                {
                    continue;
                }

                try
                {
                    index.Put(story.Id, signature, await analysis.EntitiesAsync(store, story, stoppingToken).ConfigureAwait(false));

                    // Requests go first: the index is background work.
                    await Task.Yield();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogStoryFailed(logger, story.Id, ex);
                }
            }

            indexed = snapshot.Version;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entities of story {Story} could not be indexed")]
    private static partial void LogStoryFailed(ILogger logger, string story, Exception exception);
}
