using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Wiredesk.Core.Ingest;
using Wiredesk.Web.Hosting;
using Wiredesk.Web.Ingest;

namespace Wiredesk.Web.Feeds;

/// <summary>
/// Polls the RSS/Atom feeds of the feed list on an interval and ingests their items: items seen before are unchanged,
/// new ones are added and analysed. Asks with the feed's ETag and Last-Modified so an unchanged feed costs one 304.
/// The list is read again at every round, so feeds can be added while the server runs.
/// </summary>
internal sealed partial class FeedPoller(WebServerOptions options, ArticleIngest ingest, ILogger<FeedPoller> logger) : BackgroundService
{
    private readonly Dictionary<Uri, (EntityTagHeaderValue? ETag, DateTimeOffset? Modified)> _validators = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30), MaxResponseContentBufferSize = options.MaxRequestBytes };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Wiredesk/1.0 (feed poller)");
        using var timer = new PeriodicTimer(options.FeedInterval);
        do
        {
            await PollAllAsync(http, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task PollAllAsync(HttpClient http, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(options.FeedsFile!, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            LogListUnreadable(logger, options.FeedsFile!, ex.Message);
            return;
        }

        var (feeds, invalid) = FeedList.Parse(text);
        foreach (var line in invalid)
        {
            LogInvalidLine(logger, line);
        }

        foreach (var feed in feeds)
        {
            try
            {
                await PollAsync(http, feed, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogFeedFailed(logger, feed, ex.Message);
            }
        }
    }

    private async Task PollAsync(HttpClient http, Uri feed, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, feed);
        if (_validators.TryGetValue(feed, out var known))
        {
            if (known.ETag is not null)
            {
                request.Headers.IfNoneMatch.Add(known.ETag);
            }

            request.Headers.IfModifiedSince = known.Modified;
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return;
        }

        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var read = ArticleBytes.Read(IdOf(feed), bytes, null, feed.ToString(), InputFormat.Feed);
        var outcome = await ingest.IngestAsync(read, feed.ToString(), cancellationToken).ConfigureAwait(false);
        _validators[feed] = (response.Headers.ETag, response.Content.Headers.LastModified);
        var added = outcome.Documents.Count(d => d.Status == Core.Storage.SaveStatus.Added);
        LogPolled(logger, feed, added, outcome.Documents.Count);
    }

    // A readable prefix for the ids of a feed's items that lack their own: the feed's host.
    private static string IdOf(Uri feed) => new(feed.Host.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    [LoggerMessage(Level = LogLevel.Warning, Message = "The feed list {Path} could not be read: {Reason}")]
    private static partial void LogListUnreadable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not a feed address, skipped: {Line}")]
    private static partial void LogInvalidLine(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The feed {Feed} could not be read: {Reason}")]
    private static partial void LogFeedFailed(ILogger logger, Uri feed, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Feed}: {Added} new of {Items} items")]
    private static partial void LogPolled(ILogger logger, Uri feed, int added, int items);
}
