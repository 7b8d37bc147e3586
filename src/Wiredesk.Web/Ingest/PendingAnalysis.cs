using Microsoft.Extensions.Logging;

namespace Wiredesk.Web.Ingest;

/// <summary>
/// At start, catches up on articles stored but not analysed yet (for example by <c>wiredesk ingest</c>), in the
/// background. As the server stops, saves the story clusterer it kept, so that the next start need not rebuild it.
/// </summary>
internal sealed partial class PendingAnalysis(ArticleIngest ingest, ILogger<PendingAnalysis> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => ingest.AnalyzePendingAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ingest.SaveKeptStoriesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing is lost: the store keeps its placements, and the next start catches up the older snapshot from them.
            LogSnapshotNotSaved(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The story clusterer was not saved as the server stopped; the next start catches up the older snapshot from the stored placements")]
    private static partial void LogSnapshotNotSaved(ILogger logger, Exception exception);
}
