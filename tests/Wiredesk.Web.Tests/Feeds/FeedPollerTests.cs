using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests.Feeds;

public sealed class FeedPollerTests
{
    private static string Rss(params (string Guid, string Title, string Body)[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Portmere Gazette</title><link>http://gazette.example/</link>" +
        string.Concat(items.Select(i => $"<item><guid>{i.Guid}</guid><title>{i.Title}</title><link>http://gazette.example/news/{i.Guid}</link>" +
            $"<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate><description>{i.Body}</description></item>")) +
        "</channel></rss>";

    [Fact]
    public async Task New_items_of_a_polled_feed_are_ingested_and_old_ones_are_not_repeated()
    {
        var feed = Rss(("ferry-1", "Ferry strike begins", "Ferry crews in Portmere stopped work on Monday over night shifts, the Seafarers Union said."));
        var requests = 0;
        var source = WebApplication.CreateSlimBuilder();
        source.WebHost.UseUrls("http://127.0.0.1:0");
        await using var feedServer = source.Build();
        feedServer.MapGet("/feed.xml", () =>
        {
            Interlocked.Increment(ref requests);
            return Results.Text(Volatile.Read(ref feed), "application/rss+xml");
        });
        await feedServer.StartAsync(TestContext.Current.CancellationToken);
        var feedUrl = feedServer.Urls.First().TrimEnd('/') + "/feed.xml";

        var folder = Directory.CreateTempSubdirectory("wiredesk-feeds-").FullName;
        var list = Path.Combine(folder, "feeds.txt");
        await File.WriteAllTextAsync(list, "# feeds to poll\n\n" + feedUrl + "\nnot a url\n", TestContext.Current.CancellationToken);
        await using var server = await LiveServer.StartAsync(_ => new Web.Hosting.WebServerOptions { FeedsFile = list, FeedInterval = TimeSpan.FromMilliseconds(300) });

        await Eventually.TrueAsync(async () => await ArticlesAsync(server) == 1, "the first item being stored");
        Volatile.Write(ref feed, Rss(
            ("ferry-1", "Ferry strike begins", "Ferry crews in Portmere stopped work on Monday over night shifts, the Seafarers Union said."),
            ("ferry-2", "Ferry strike ends", "Ferry crews in Portmere went back to work on Thursday after the company withdrew the night shift rota.")));
        await Eventually.TrueAsync(async () => await ArticlesAsync(server) == 2, "the new item being stored");
        var seen = Volatile.Read(ref requests);
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref requests) >= seen + 3), "three more polls");

        Assert.Equal(2, await ArticlesAsync(server));
        var found = await server.Client.GetStringAsync("api/search?q=withdrew%20rota", TestContext.Current.CancellationToken);
        Assert.Contains("Ferry strike ends", found, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<int> ArticlesAsync(LiveServer server)
    {
        using var response = await server.Client.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return health.GetProperty("articles").GetInt32();
    }
}
