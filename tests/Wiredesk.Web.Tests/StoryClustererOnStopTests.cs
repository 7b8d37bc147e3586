using Wiredesk.Core.Stories;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests;

public sealed class StoryClustererOnStopTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_server_saves_its_story_clusterer_every_so_often_and_as_it_stops()
    {
        await using var server = await LiveServer.StartAsync();
        var stories = server.Store;
        await server.Store.SaveAsync([.. new SyntheticStories(seed: 3).Articles(40).Select(a => a.Document)], Cancel);

        // The first analysis builds the clusterer and saves it: the first post's, or the server's start-up catch-up on
        // articles stored behind its back when that runs late and finds the 40 first (then the post places with the kept
        // clusterer). The next posts place with the kept clusterer and, on a store of 41 placements or more, are too few
        // to be worth a new snapshot.
        await server.PostAsync("harbour-office", "date 2025-01-02\nThe Portmere harbour office reopened its ticket hall on Saturday after repairs to the roof.", "text/plain");
        var first = await stories.StorySnapshotAsync(Cancel);
        Assert.NotNull(first);
        Assert.InRange(first.Mark.Count, 40, 41);
        await server.PostAsync("gull-island", "date 2025-01-03\nFerries to Gull Island returned on Friday, the Portmere Ferry Company said.", "text/plain");
        await server.PostAsync("dock-strike", "date 2025-01-04\nDockworkers in Portmere voted on Sunday to end a four-day strike over night shifts.", "text/plain");
        var placed = await stories.PlacementMarkAsync(Cancel);
        Assert.Equal(43, placed.Count);
        Assert.Equal(first.Mark, (await stories.StorySnapshotAsync(Cancel))?.Mark);

        await server.StopAsync();

        Assert.Equal(placed, (await stories.StorySnapshotAsync(Cancel))?.Mark);
    }
}
