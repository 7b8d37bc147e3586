using System.Net;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests.Feeds;

public sealed class FolderWatcherTests
{
    [Fact]
    public async Task Files_dropped_into_the_watched_folder_are_ingested_and_other_files_are_not()
    {
        var inbox = Path.Combine(Directory.CreateTempSubdirectory("wiredesk-watch-").FullName, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "already-there.txt"), "The Portmere harbour office reopened its ticket hall on Saturday after repairs to the roof.", TestContext.Current.CancellationToken);
        await using var server = await LiveServer.StartAsync(_ => new Web.Hosting.WebServerOptions { WatchFolder = inbox, WatchInterval = TimeSpan.FromMilliseconds(200) });

        await Eventually.TrueAsync(() => ExistsAsync(server, "already-there"), "the file present at start being read");
        await File.WriteAllTextAsync(Path.Combine(inbox, "notes.md"), "# Not an article", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(inbox, "dropped-ferry-note.html"),
            "<html><head><title>Ferries return</title></head><body><p>Ferries to Gull Island returned on Friday, the Portmere Ferry Company said.</p></body></html>",
            TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => ExistsAsync(server, "dropped-ferry-note"), "the dropped file being read");

        Assert.False(await ExistsAsync(server, "notes"));
        var article = await server.Client.GetStringAsync("api/articles/dropped-ferry-note", TestContext.Current.CancellationToken);
        Assert.Contains("Ferries return", article, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(inbox)!, recursive: true);
    }

    private static async Task<bool> ExistsAsync(LiveServer server, string id)
    {
        using var response = await server.Client.GetAsync("api/articles/" + id);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
