namespace Wiredesk.Web.Ingest;

/// <summary>At start, catches up on articles stored but not analysed yet (for example by <c>wiredesk ingest</c>), in the background.</summary>
internal sealed class PendingAnalysis(ArticleIngest ingest) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => ingest.AnalyzePendingAsync(stoppingToken);
}
