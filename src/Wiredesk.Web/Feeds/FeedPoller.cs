namespace Wiredesk.Web.Feeds;

/// <summary>Polls RSS/Atom feeds on an interval (placeholder until written).</summary>
internal sealed class FeedPoller : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
