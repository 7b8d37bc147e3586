using Microsoft.Extensions.Logging;
using Wiredesk.Core.Ingest;
using Wiredesk.Web.Hosting;
using Wiredesk.Web.Ingest;

namespace Wiredesk.Web.Feeds;

/// <summary>
/// Ingests article files dropped into the watched folder (and the ones there at start). The folder is scanned on an
/// interval rather than through file-system events, which miss files on network and container mounts; a file is read
/// once its size and time have stayed the same for one scan, so a file still being written is not read half-way.
/// </summary>
internal sealed partial class FolderWatcher(WebServerOptions options, ArticleIngest ingest, ILogger<FolderWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, (long Length, DateTime Written)> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Length, DateTime Written)> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = options.WatchFolder!;
        Directory.CreateDirectory(folder);
        using var timer = new PeriodicTimer(options.WatchInterval);
        do
        {
            await ScanAsync(folder, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task ScanAsync(string folder, CancellationToken cancellationToken)
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var path in Directory.EnumerateFiles(folder, "*", enumeration).Order(StringComparer.Ordinal))
        {
            if (!ArticleBytes.ArticleExtensions.Contains(Path.GetExtension(path)) || Path.GetFileName(path).StartsWith('.'))
            {
                continue;
            }

            var info = new FileInfo(path);
            var state = (info.Length, info.LastWriteTimeUtc);
            if (_read.TryGetValue(path, out var done) && done == state)
            {
                continue;
            }

            // Read on the second sighting of the same size and time: the writer has finished.
            if (!_seen.TryGetValue(path, out var before) || before != state)
            {
                _seen[path] = state;
                continue;
            }

            _read[path] = state;
            await IngestAsync(path, info.Length, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task IngestAsync(string path, long length, CancellationToken cancellationToken)
    {
        if (length > options.MaxRequestBytes)
        {
            LogTooLarge(logger, path, length);
            return;
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var read = ArticleBytes.Read(ArticleBytes.IdOfFile(path), bytes, Path.GetExtension(path), path);
            var outcome = await ingest.IngestAsync(read, path, cancellationToken).ConfigureAwait(false);
            foreach (var problem in outcome.Problems)
            {
                LogProblem(logger, problem.ToString());
            }

            LogIngested(logger, path, outcome.Documents.Count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(logger, path, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} is {Length} bytes, over the limit; not read")]
    private static partial void LogTooLarge(ILogger logger, string path, long length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} could not be read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Path}: {Articles} articles")]
    private static partial void LogIngested(ILogger logger, string path, int articles);
}
