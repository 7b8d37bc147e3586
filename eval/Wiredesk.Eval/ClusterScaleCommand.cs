using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Orleans.TestingHost;
using Wiredesk.Cluster;
using Wiredesk.Cluster.Hosting;
using Wiredesk.Cluster.Postgres;
using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Storage.Sqlite;

namespace Wiredesk.Eval;

/// <summary>
/// <c>cluster-scale --articles N --silos 1,2,3</c>: the analysis of N generated articles (the reuse-scale stream) in a
/// SQLite store, once in one process (<see cref="StoreAnalysis"/>) and once per cluster size on an in-process cluster,
/// each on a fresh store; prints the seconds of each stage and articles per second. Before the analysis, each run also
/// reads and cleans the articles from their bytes (rendered as dated plain-text files): in one process one after
/// another, on a cluster through <see cref="ClusterReading"/>.
/// </summary>
internal static class ClusterScaleCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Articles to analyse", DefaultValueFactory = _ => 4000 };
        var silos = new Option<string>("--silos") { Description = "Cluster sizes to run, comma-separated", DefaultValueFactory = _ => "1,2,3" };
        var workers = new Option<int>("--workers") { Description = "Worker grains", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated stream", DefaultValueFactory = _ => 20250101 };
        var clusterDb = new Option<string?>("--cluster-db") { Description = "A PostgreSQL database (postgres://… or Host=…;Database=…) for the silos' membership and grain state; default: grain state in memory" };
        var command = new Command("cluster-scale", "Analysis throughput in one process and on in-process clusters of several silos") { articles, silos, workers, seed, clusterDb };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var documents = new SyntheticNews(parse.GetValue(seed)).Articles(parse.GetValue(articles)).Select(a => a.Document).ToList();
            var postgres = parse.GetValue(clusterDb) is { } db ? ClusterConnection.Parse(db).Postgres : null;
            var runs = new List<object> { await RunAsync(documents, 0, 0, null, cancellationToken).ConfigureAwait(false) };
            foreach (var size in parse.GetValue(silos)!.Split(',').Select(int.Parse))
            {
                runs.Add(await RunAsync(documents, size, parse.GetValue(workers), postgres, cancellationToken).ConfigureAwait(false));
            }

            Console.WriteLine(EvalJson.Serialize(new { articles = documents.Count, processors = Environment.ProcessorCount, grainState = postgres is null ? "memory" : "PostgreSQL", runs }));
            return 0;
        });
        return command;
    }

    private static async Task<object> RunAsync(List<Document> documents, int silos, int workers, string? postgres, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wiredesk-cluster-scale", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        TestCluster? cluster = null;
        try
        {
            var store = await SqliteArticleStore.OpenAsync(Path.Combine(folder, "wiredesk.db"), cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                foreach (var batch in documents.Chunk(1000))
                {
                    await store.SaveAsync(batch, cancellationToken).ConfigureAwait(false);
                }

                var stages = new List<(string Stage, double Seconds)>();
                AnalysisStage timed = async (description, _, work) =>
                {
                    var clock = Stopwatch.StartNew();
                    await work(null).ConfigureAwait(false);
                    stages.Add((description.Contains("reuse", StringComparison.Ordinal) ? "reuse" : "stories", clock.Elapsed.TotalSeconds));
                };
                var inputs = documents.Select(Render).ToList();
                var total = Stopwatch.StartNew();
                if (silos == 0)
                {
                    var reading = Stopwatch.StartNew();
                    var cleaner = new ArticleCleaner();
                    var read = inputs.Sum(i => InputCleaning.Clean(ArticleBytes.Read(i.Id, i.Bytes, i.Extension, i.Origin), i.Origin, cleaner, ReadLimits.Default).Documents.Count);
                    stages.Add(("read", reading.Elapsed.TotalSeconds));
                    Check(read, documents.Count);
                    total.Restart();
                    await StoreAnalysis.AnalyzePendingAsync(store, timed, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var builder = new TestClusterBuilder((short)silos);
                    if (postgres is not null)
                    {
                        // Membership and grain state in PostgreSQL, under a service id of this run alone.
                        builder.Options.UseTestClusterMembership = false;
                        builder.Options.ServiceId = "cluster-scale-" + Guid.NewGuid().ToString("N");
                        builder.Properties[PostgresSetting] = postgres;
                    }

                    builder.AddSiloBuilderConfigurator<SiloSetup>();
                    builder.AddClientBuilderConfigurator<ClientSetup>();
                    cluster = builder.Build();
                    await cluster.DeployAsync(cancellationToken).ConfigureAwait(false);
                    var reading = Stopwatch.StartNew();
                    var remote = new ClusterReading(cluster.Client, ReadLimits.Default, new ClusterAnalysisOptions { Workers = workers });
                    var pending = inputs.Select(i => remote.ReadAsync(i, cancellationToken)).ToList();
                    remote.Send(cancellationToken);
                    var read = (await Task.WhenAll(pending).ConfigureAwait(false)).Sum(c => c.Documents.Count);
                    stages.Add(("read", reading.Elapsed.TotalSeconds));
                    Check(read, documents.Count);
                    total.Restart();
                    await new ClusterAnalysis(cluster.Client, new ClusterAnalysisOptions { Workers = workers }).AnalyzePendingAsync(store, timed, cancellationToken).ConfigureAwait(false);
                }

                var seconds = total.Elapsed.TotalSeconds + stages.Where(s => s.Stage == "read").Sum(s => s.Seconds);
                Console.Error.WriteLine($"cluster-scale: {(silos == 0 ? "one process" : $"{silos} silo(s)")}: {seconds:F1} s");
                return new
                {
                    silos,
                    seconds = Math.Round(seconds, 1),
                    articlesPerSecond = Math.Round(documents.Count / seconds, 1),
                    stages = stages.Select(s => new { stage = s.Stage, seconds = Math.Round(s.Seconds, 1), articlesPerSecond = Math.Round(documents.Count / s.Seconds, 1) }),
                };
            }
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync().ConfigureAwait(false);
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // An article as a dated plain-text file would hold it.
    private static InputBytes Render(Document document) =>
        new(document.Id, Encoding.UTF8.GetBytes($"date {document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "2026-01-01"}\n{document.Text}\n"), ".txt", document.Id + ".txt");

    private static void Check(int read, int expected)
    {
        if (read != expected)
        {
            throw new InvalidOperationException($"reading gave {read} articles for {expected} inputs");
        }
    }

    private const string PostgresSetting = "WiredeskClusterScalePostgres";

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            if (siloBuilder.Configuration[PostgresSetting] is { Length: > 0 } postgres)
            {
                siloBuilder.UsePostgresCluster(postgres);
            }
            else
            {
                siloBuilder.AddMemoryGrainStorage(ClusterStorage.Name);
            }

            siloBuilder.Services.AddWiredeskSerialization();
        }
    }

    private sealed class ClientSetup : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder)
        {
            if (configuration[PostgresSetting] is { Length: > 0 } postgres)
            {
                clientBuilder.UsePostgresCluster(postgres);
            }

            clientBuilder.Services.AddWiredeskSerialization();
        }
    }
}
