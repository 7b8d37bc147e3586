namespace Wiredesk.Web.Feeds;

/// <summary>Ingests files dropped into a folder (placeholder until written).</summary>
internal sealed class FolderWatcher : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
