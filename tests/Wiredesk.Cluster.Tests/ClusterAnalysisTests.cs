using Wiredesk.Cluster.Reuse;
using Wiredesk.Cluster.Stories;
using Wiredesk.Cluster.Tests.Support;
using Wiredesk.Core.Analysis;

namespace Wiredesk.Cluster.Tests;

public sealed class ClusterAnalysisTests
{
    [Fact]
    public async Task Two_silos_find_the_same_reuse_pairs_and_stories_as_one_process()
    {
        var token = TestContext.Current.CancellationToken;
        var articles = ClusterStream.Articles(800);
        var ids = articles.Select(a => a.Id).ToList();
        await using var single = await TempStore.WithAsync(articles);
        await StoreAnalysis.AnalyzePendingAsync(single.Store, null, token);
        var expected = await Outcome.ReadAsync(single.Store, ids);

        await using var clustered = await TempStore.WithAsync(articles);
        var cluster = await TestClusters.StartAsync(2);
        try
        {
            var analysis = new ClusterAnalysis(cluster.Client, new ClusterAnalysisOptions { BatchSize = 64, Partitions = 5, Workers = 4 });
            await analysis.AnalyzePendingAsync(clustered.Store, null, token);
            var found = await Outcome.ReadAsync(clustered.Store, ids);

            Assert.Equal(expected.Relations, found.Relations);
            Assert.Equal(expected.Placements, found.Placements);
            Assert.Equal(expected.Stories, found.Stories);
            Assert.Equal(0, found.Pending);
            Assert.InRange(expected.Relations.Count, 100, int.MaxValue);
            Assert.Contains(expected.Placements, p => p.Contains("\"CopyOf\":\"", StringComparison.Ordinal));
            Assert.InRange(expected.Stories.Count, 20, articles.Count / 3);

            await analysis.AnalyzePendingAsync(clustered.Store, null, token);
            Assert.Equal(found, await Outcome.ReadAsync(clustered.Store, ids) with { }, new OutcomeComparer());
            Assert.Equal(articles.Count, await cluster.Client.GetGrain<IReuseLedgerGrain>("main").CountAsync());
            Assert.Equal(articles.Count, await cluster.Client.GetGrain<IStorySequencerGrain>("main").CountAsync());
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private sealed class OutcomeComparer : IEqualityComparer<Outcome>
    {
        public bool Equals(Outcome? x, Outcome? y) =>
            x is not null && y is not null && x.Relations.SequenceEqual(y.Relations) && x.Placements.SequenceEqual(y.Placements) && x.Stories.SequenceEqual(y.Stories) && x.Pending == y.Pending;

        public int GetHashCode(Outcome obj) => obj.Relations.Count;
    }
}
