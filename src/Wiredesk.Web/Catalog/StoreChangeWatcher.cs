using Microsoft.Extensions.Logging;
using Wiredesk.Core.Storage;

namespace Wiredesk.Web.Catalog;

/// <summary>
/// Moves the <see cref="StoreVersion"/> when another process (a <c>wiredesk ingest</c>, a second server on the same
/// PostgreSQL store) changes how many articles the store holds, so that the story list and the search cache do not
/// keep answering from before it. Looks every <see cref="Interval"/>.
/// </summary>
internal sealed partial class StoreChangeWatcher(IArticleStore store, StoreVersion version, ILogger<StoreChangeWatcher> logger) : BackgroundService
{
    /// <summary>How often the store is looked at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? seen = null;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var count = await store.CountAsync(stoppingToken).ConfigureAwait(false);
                if (seen is { } before && before != count)
                {
                    version.Advance();
                }

                seen = count;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                CountFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the store's article count; the story list and search results may lag")]
    private static partial void CountFailed(ILogger logger, Exception exception);
}
