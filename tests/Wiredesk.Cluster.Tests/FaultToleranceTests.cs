using System.Text.Json;
using Orleans.Runtime;
using Orleans.TestingHost;
using Wiredesk.Cluster.Reuse;
using Wiredesk.Cluster.Stories;
using Wiredesk.Cluster.Tests.Support;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Tests;

public sealed class FaultToleranceTests
{
    private const int Articles = 10_000;

    [Fact]
    public async Task A_silo_stopped_midway_loses_no_article_counts_none_twice_and_leaves_the_stories_of_a_clean_run() =>
        await StopASiloMidwayAsync(() => TestClusters.StartAsync(3));

    [Fact]
    public async Task On_PostgreSQL_a_silo_stopped_midway_loses_no_article_counts_none_twice_and_leaves_the_stories_of_a_clean_run()
    {
        if (PostgresCluster.Missing() is { } why)
        {
            Assert.Skip(why);
        }

        await using var database = await PostgresCluster.CreateAsync();
        await StopASiloMidwayAsync(() => database.StartAsync(3, "wiredesk-test-" + Guid.NewGuid().ToString("N")));
    }

    private static async Task StopASiloMidwayAsync(Func<Task<TestCluster>> start)
    {
        var token = TestContext.Current.CancellationToken;
        var articles = ClusterStream.Articles(Articles, seed: 23);
        var ids = articles.Select(a => a.Id).ToList();
        await using var clean = await TempStore.WithAsync(articles);
        var single = System.Diagnostics.Stopwatch.StartNew();
        await StoreAnalysis.AnalyzePendingAsync(clean.Store, null, token);
        TestContext.Current.TestOutputHelper?.WriteLine($"single-process run: {single.Elapsed.TotalSeconds:F1} s");
        var expected = await Outcome.ReadAsync(clean.Store, ids);

        await using var clustered = await TempStore.WithAsync(articles);
        var cluster = await start();
        try
        {
            var analysis = new ClusterAnalysis(cluster.Client, new ClusterAnalysisOptions { BatchSize = 250, Workers = 6 });
            var stopped = new Disruption(cluster);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await analysis.AnalyzePendingAsync(clustered.Store, stopped.Stage, token);
            TestContext.Current.TestOutputHelper?.WriteLine($"clustered run: {clock.Elapsed.TotalSeconds:F1} s, {analysis.Retries} batch(es) sent again");
            var found = await Outcome.ReadAsync(clustered.Store, ids);

            Assert.True(stopped.SiloStopped);
            Assert.True(stopped.GrainsCollected);
            Assert.Equal(2, cluster.GetActiveSilos().Count());
            Assert.Equal(0, found.Pending);
            Assert.Equal(Articles, await cluster.Client.GetGrain<IReuseLedgerGrain>("main").CountAsync());
            Assert.Equal(Articles, await cluster.Client.GetGrain<IStorySequencerGrain>("main").CountAsync());
            var members = found.Stories.SelectMany(s => JsonSerializer.Deserialize<Story>(s)!.Documents).ToList();
            Assert.Equal(Articles, members.Count);
            Assert.Equal(Articles, members.Distinct(StringComparer.Ordinal).Count());

            Assert.Equal(expected.Relations, found.Relations);
            Assert.Equal(expected.Placements, found.Placements);
            Assert.Equal(expected.Stories, found.Stories);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>
    /// Kills a silo (not the first, which holds the membership of an in-process cluster on localhost) halfway through the reuse
    /// stage, while batches are in flight; halfway through the story stage, makes every idle grain leave memory, so that
    /// the story sequencer is rebuilt from its journal.
    /// </summary>
    private sealed class Disruption(TestCluster cluster)
    {
        public bool SiloStopped { get; private set; }

        public bool GrainsCollected { get; private set; }

        public Task Stage(string description, int count, Func<IProgress<int>?, Task> work)
        {
            var reuse = description.Contains("reuse", StringComparison.Ordinal);
            Task? stopping = null;
            var progress = new Watch(done =>
            {
                if (reuse && !SiloStopped && done >= count / 2)
                {
                    SiloStopped = true;
                    stopping = Task.Run(() => cluster.KillSiloAsync(cluster.SecondarySilos[0]));
                }
                else if (!reuse && !GrainsCollected && done >= count / 2)
                {
                    GrainsCollected = true;
                    cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero).GetAwaiter().GetResult();
                }
            });
            return RunAsync(work, progress, () => stopping);
        }

        private static async Task RunAsync(Func<IProgress<int>?, Task> work, IProgress<int> progress, Func<Task?> stopping)
        {
            await work(progress);
            if (stopping() is { } stop)
            {
                await stop;
            }
        }
    }

    private sealed class Watch(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
