using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Wiredesk.Core.Ingest;
using Wiredesk.Storage.Sqlite;
using Wiredesk.Web.Hosting;

namespace Wiredesk.Web.Tests.Support;

/// <summary>The real server on Kestrel, on a free loopback port, over a SQLite store in a temporary folder.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly SqliteArticleStore _store;
    private readonly WebApplication _app;

    private LiveServer(string folder, SqliteArticleStore store, WebApplication app)
    {
        Folder = folder;
        _store = store;
        _app = app;
        BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public string Folder { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The store the server reads, for tests that change it behind the server's back.</summary>
    public SqliteArticleStore Store => _store;

    public static async Task<LiveServer> StartAsync(Func<string, WebServerOptions>? options = null)
    {
        var folder = Directory.CreateTempSubdirectory("wiredesk-live-").FullName;
        var store = await SqliteArticleStore.OpenAsync(Path.Combine(folder, "live.db"), CancellationToken.None);
        var settings = options?.Invoke(folder) ?? new WebServerOptions();
        var app = WiredeskServer.Create(store, new WebServerOptions
        {
            Urls = "http://127.0.0.1:0",
            FeedsFile = settings.FeedsFile,
            FeedInterval = settings.FeedInterval,
            WatchFolder = settings.WatchFolder,
            WatchInterval = settings.WatchInterval,
        });
        await app.StartAsync();
        return new LiveServer(folder, store, app);
    }

    /// <summary>Posts every article file of the repository's samples folder, each by the Content-Type its extension says.</summary>
    public async Task PostSamplesAsync()
    {
        foreach (var path in Directory.EnumerateFiles(Repository.Samples).Order(StringComparer.Ordinal))
        {
            var type = Path.GetFileName(path) switch
            {
                var n when n.EndsWith(".txt", StringComparison.Ordinal) => "text/plain",
                var n when n.EndsWith(".html", StringComparison.Ordinal) => "text/html",
                var n when n.EndsWith(".atom", StringComparison.Ordinal) => "application/atom+xml",
                var n when n.EndsWith(".xml", StringComparison.Ordinal) => "application/rss+xml",
                var n when n.EndsWith(".jsonl", StringComparison.Ordinal) => "application/x-ndjson",
                _ => null,
            };
            if (type is null)
            {
                continue;
            }

            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            using var response = await Client.PostAsync("api/articles?id=" + Uri.EscapeDataString(ArticleBytes.IdOfFile(path)), content);
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task PostAsync(string id, string content, string type)
    {
        using var response = await Client.PostAsync("api/articles?id=" + id, new StringContent(content, Encoding.UTF8, type));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stops the server as a shutdown would; the store stays open for the test to read.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A folder left in the temp directory is harmless.
        }
    }
}
