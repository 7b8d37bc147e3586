using Wiredesk.Cluster.Reuse;
using Wiredesk.Cluster.Stories;
using Wiredesk.Cluster.Tests.Support;
using Wiredesk.Core.Analysis;

namespace Wiredesk.Cluster.Tests;

public sealed class PostgresClusterTests
{
    [Fact]
    public async Task A_cluster_on_PostgreSQL_picks_up_where_a_stopped_cluster_left_off()
    {
        if (PostgresCluster.Missing() is { } why)
        {
            Assert.Skip(why);
        }

        var token = TestContext.Current.CancellationToken;
        var articles = ClusterStream.Articles(600, seed: 5);
        var (first, second) = (articles[..300], articles[300..]);
        var ids = articles.Select(a => a.Id).ToList();

        await using var single = await TempStore.WithAsync(first);
        await StoreAnalysis.AnalyzePendingAsync(single.Store, null, token);
        await single.Store.SaveAsync(second, token);
        await StoreAnalysis.AnalyzePendingAsync(single.Store, null, token);
        var expected = await Outcome.ReadAsync(single.Store, ids);

        await using var database = await PostgresCluster.CreateAsync();
        await using var clustered = await TempStore.WithAsync(first);
        var serviceId = "wiredesk-test-" + Guid.NewGuid().ToString("N");
        var options = new ClusterAnalysisOptions { BatchSize = 50, Partitions = 4, Workers = 4 };
        var before = await database.StartAsync(2, serviceId);
        try
        {
            await new ClusterAnalysis(before.Client, options).AnalyzePendingAsync(clustered.Store, null, token);
        }
        finally
        {
            await before.DisposeAsync();
        }

        await clustered.Store.SaveAsync(second, token);
        var after = await database.StartAsync(2, serviceId);
        try
        {
            await new ClusterAnalysis(after.Client, options).AnalyzePendingAsync(clustered.Store, null, token);
            var found = await Outcome.ReadAsync(clustered.Store, ids);

            Assert.Equal(articles.Count, await after.Client.GetGrain<IReuseLedgerGrain>("main").CountAsync());
            Assert.Equal(articles.Count, await after.Client.GetGrain<IStorySequencerGrain>("main").CountAsync());
            Assert.Equal(0, found.Pending);
            Assert.Equal(expected.Relations, found.Relations);
            Assert.Equal(expected.Placements, found.Placements);
            Assert.Equal(expected.Stories, found.Stories);
        }
        finally
        {
            await after.DisposeAsync();
        }
    }
}
