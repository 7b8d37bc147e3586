using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Wiredesk.Cli.Tests.Support;
using Wiredesk.Cluster.Hosting;

namespace Wiredesk.Cli.Tests;

/// <summary><c>ingest --cluster</c>, <c>analyze --cluster</c> and <c>serve --cluster</c> against a silo run in this process.</summary>
public sealed class ClusterCommandTests : IDisposable
{
    private readonly CliRun _local = new();
    private readonly CliRun _clustered = new();

    public void Dispose()
    {
        _local.Dispose();
        _clustered.Dispose();
    }

    [Fact]
    public async Task Analyzing_through_a_silo_gives_the_report_of_a_local_run()
    {
        await using var silo = await Silo.StartAsync();

        var (localExit, localOut, localError) = await _local.RunAsync("analyze", Repository.Samples, "--json");
        var (exit, output, error) = await _clustered.RunAsync("analyze", Repository.Samples, "--json", "--cluster", $"localhost:{silo.GatewayPort}");

        Assert.True(localExit == 0, localError);
        Assert.True(exit == 0, error);
        var (local, clustered) = (CliRun.Json(localOut), CliRun.Json(output));
        foreach (var field in new[] { "documents", "reuse", "sharedQuotes", "copyGroups", "stories", "problems" })
        {
            Assert.Equal(local.GetProperty(field).GetRawText(), clustered.GetProperty(field).GetRawText());
        }

        Assert.NotEmpty(clustered.GetProperty("reuse").EnumerateArray());
        Assert.NotEmpty(clustered.GetProperty("stories").EnumerateArray());
    }

    [Fact]
    public async Task Ingesting_through_a_silo_stores_what_a_local_run_stores_and_names_the_same_bad_files()
    {
        // A file over one batch's bytes (8 MB) is read by the client, the rest on the silo; the store ends up the same.
        await using var silo = await Silo.StartAsync();
        var inputs = Path.Combine(_local.Folder, "inputs");
        foreach (var sample in Directory.GetFiles(Repository.Samples).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            _local.Write(Path.Combine("inputs", Path.GetFileName(sample)), File.ReadAllBytes(sample));
        }

        _local.Write(Path.Combine("inputs", "truncated-feed.rss"), "<rss version=\"2.0\"><channel><title>Cut off</title><item><title>Half");
        _local.Write(Path.Combine("inputs", "empty-article.txt"), "   \n\n");
        var paragraph = "The port authority published its yearly report on shipping through the harbour, berth by berth and month by month, with the tonnage handled and the delays recorded. ";
        var big = new System.Text.StringBuilder("date 2026-01-15\nHarbour yearly shipping report\n\n");
        while (big.Length < 8_500_000)
        {
            big.Append(paragraph).Append(paragraph).Append(paragraph).Append(paragraph).Append(paragraph).Append("\n\n");
        }

        _local.Write(Path.Combine("inputs", "harbour-yearly-report.txt"), big.ToString());
        _local.Write(Path.Combine("inputs", "broken-lines.jsonl"), "{\"id\": \"ok-1\", \"title\": \"Harbour reopens\", \"text\": \"The harbour reopened on Monday after repairs.\"}\n{not json\n");

        var (localExit, localOut, localError) = await _local.RunAsync("ingest", inputs, "--json");
        var (exit, output, error) = await _clustered.RunAsync("ingest", inputs, "--json", "--cluster", $"localhost:{silo.GatewayPort}");

        Assert.Equal(localExit, exit);
        Assert.Equal(localOut, output);
        Assert.Equal(localError, error);
        Assert.Contains("truncated-feed.rss", error, StringComparison.Ordinal);
        Assert.Contains("broken-lines.jsonl", error, StringComparison.Ordinal);
        var stored = CliRun.Json(output);
        Assert.True(stored.GetProperty("added").GetInt32() >= 10, output);

        Assert.Contains("harbour-yearly-report", output, StringComparison.Ordinal);
        var (_, localShow, _) = await _local.RunAsync("show", "harborwire-ferry-collision", "--json");
        var (_, clusteredShow, _) = await _clustered.RunAsync("show", "harborwire-ferry-collision", "--json");
        Assert.Equal(localShow, clusteredShow);
    }

    [Fact]
    public async Task A_cluster_that_cannot_be_reached_is_an_error_naming_it_and_stores_nothing()
    {
        var port = FreePort();
        var (exit, _, error) = await _clustered.RunAsync("ingest", Repository.Samples, "--cluster", $"localhost:{port}");

        Assert.Equal(6, exit);
        Assert.Contains($"localhost:{port}", error, StringComparison.Ordinal);
        Assert.Contains("could not be reached", error, StringComparison.Ordinal);
        var (showExit, _, _) = await _clustered.RunAsync("show", "harborwire-ferry-collision");
        Assert.NotEqual(0, showExit);
    }

    [Fact]
    public async Task A_server_with_a_cluster_analyses_posted_articles_there_as_a_local_server_would()
    {
        await using var silo = await Silo.StartAsync();
        var files = Directory.GetFiles(Repository.Samples, "*-ferry-*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 2, "the samples hold fewer ferry articles than this test needs");

        var (local, _) = await ServeAndPostAsync(_local.Db, null, files);
        var (clustered, said) = await ServeAndPostAsync(_clustered.Db, $"localhost:{silo.GatewayPort}", files);

        Assert.NotEmpty(local);
        Assert.Equal(local, clustered);
        Assert.Contains("analysing on the cluster", said, StringComparison.Ordinal);
    }

    // Runs `wiredesk serve` on a free port, posts the files one by one, and gives each story with its articles.
    private static async Task<(List<string> Stories, string Error)> ServeAndPostAsync(string db, string? cluster, IReadOnlyList<string> files)
    {
        var port = FreePort();
        var error = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var console = new CliConsole(new StringWriter(), error, Stream.Null, ShowProgress: false);
        string[] args = ["serve", "--urls", $"http://127.0.0.1:{port}", "--no-entity-index", "--db", db];
        var server = WiredeskCli.RunAsync(cluster is null ? args : [.. args, "--cluster", cluster], console, stop.Token);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUpAsync(http, server);
            foreach (var file in files)
            {
                var id = Path.GetFileNameWithoutExtension(file);
                var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
                using var posted = await http.PostAsync($"/api/articles?id={id}", new StringContent(text, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            }

            var listed = JsonDocument.Parse(await http.GetStringAsync("/api/stories?pageSize=100", TestContext.Current.CancellationToken)).RootElement;
            var stories = new List<string>();
            foreach (var item in listed.GetProperty("items").EnumerateArray())
            {
                var id = item.GetProperty("id").GetString()!;
                var documents = JsonDocument.Parse(await http.GetStringAsync($"/api/stories/{id}/documents", TestContext.Current.CancellationToken)).RootElement;
                var members = documents.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
                stories.Add(id + ": " + string.Join(", ", members));
            }

            stories.Sort(StringComparer.Ordinal);
            return (stories, error.ToString());
        }
        finally
        {
            await stop.CancelAsync();
            await server;
        }
    }

    [Fact]
    public async Task A_cluster_that_is_neither_localhost_nor_a_connection_string_is_a_usage_error()
    {
        var (exit, _, error) = await _local.RunAsync("analyze", Repository.Samples, "--cluster", "somewhere");

        Assert.Equal(2, exit);
        Assert.Contains("--cluster", error, StringComparison.Ordinal);
    }

    private static async Task WaitUntilUpAsync(HttpClient http, Task server)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            Assert.False(server.IsCompleted, "the server stopped before it was up");
            try
            {
                using var health = await http.GetAsync("/health", TestContext.Current.CancellationToken);
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail("the server did not come up within 30 seconds");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One silo of a local cluster, run in this process on free ports until disposed.</summary>
    private sealed class Silo : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop;
        private readonly Task _run;

        private Silo(CancellationTokenSource stop, Task run, int gatewayPort) => (_stop, _run, GatewayPort) = (stop, run, gatewayPort);

        public int GatewayPort { get; }

        public static async Task<Silo> StartAsync()
        {
            var (siloPort, gatewayPort) = (FreePort(), FreePort());
            var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var up = new TaskCompletionSource();
            var connection = ClusterConnection.Parse("localhost") with { PrimarySiloPort = siloPort };
            var run = SiloHost.RunAsync(connection, siloPort, gatewayPort, line =>
            {
                if (line.StartsWith("silo up", StringComparison.Ordinal))
                {
                    up.TrySetResult();
                }
            }, stop.Token);
            await Task.WhenAny(up.Task, run, Task.Delay(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));
            Assert.True(up.Task.IsCompleted, "the silo did not start");
            return new Silo(stop, run, gatewayPort);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _run;
            _stop.Dispose();
        }
    }
}
