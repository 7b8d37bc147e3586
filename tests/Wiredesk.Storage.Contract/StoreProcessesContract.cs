using System.Globalization;
using System.Text.Json;
using Wiredesk.Storage.Contract.Support;

namespace Wiredesk.Storage.Contract;

/// <summary>
/// Two <c>wiredesk</c> processes working on one store at once, with overlapping inputs: every article stored once,
/// analysed once and placed in one story.
/// </summary>
public abstract class StoreProcessesContract : StoreContract
{
    private const int Files = 9;
    private const int PerFile = 10;

    protected override bool OpensOnStart => false;

    [Fact]
    public async Task Two_processes_analysing_overlapping_files_at_once_store_and_place_each_article_once()
    {
        var folder = Directory.CreateTempSubdirectory("wiredesk-processes-");
        try
        {
            var files = Enumerable.Range(0, Files).Select(f => WriteFile(folder.FullName, f)).ToList();

            // The first process reads files 0-5, the second 3-8: three files (thirty articles) are given to both.
            var runs = await Task.WhenAll(
                CliProcess.RunAsync(["analyze", .. files.Take(6), "--db", Harness.Db, "--json"]),
                CliProcess.RunAsync(["analyze", .. files.Skip(3), "--db", Harness.Db, "--json"]));

            Assert.All(runs, run => Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}"));
            await Harness.OpenAsync();
            Assert.Equal(Files * PerFile, await Store.CountAsync(Ct));
            Assert.Equal(Files * PerFile, await Harness.CountAsync("articles_fts"));
            Assert.Equal(Files * PerFile, await Harness.CountAsync("reuse_signatures"));
            Assert.Equal(Files * PerFile, await Harness.CountAsync("story_members"));
            Assert.Empty(await ReuseStore.PendingReuseAsync(Ct));
            Assert.Empty(await StoryStore.PendingStoriesAsync(Ct));
            var members = (await StoryStore.StoriesAsync(Ct)).SelectMany(s => s.Documents).ToList();
            Assert.Equal(members.Count, members.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(Files * PerFile, members.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A JSON Lines file of ten short reports, different for every file and line.</summary>
    private static string WriteFile(string folder, int file)
    {
        var places = new[] { "Porto", "Gdansk", "Tampere", "Valencia", "Kaunas", "Ghent", "Brno", "Split", "Lyon" };
        var lines = Enumerable.Range(0, PerFile).Select(i =>
        {
            var n = (file * PerFile) + i;
            var place = places[n % places.Length];
            return JsonSerializer.Serialize(new
            {
                id = $"report-{n:000}",
                source = n % 2 == 0 ? "Harbour Wire" : "City Desk",
                published = new DateTime(2025, 4, 1, 8, 0, 0, DateTimeKind.Utc).AddHours(5 * n).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                title = $"{place} council report number {n}",
                text = $"The council of {place} published report number {n} on Tuesday, covering {n + 3} projects and {2 * n + 1} complaints.\n\n" +
                       $"Officials in {place} said the figures for item {n} would be reviewed again in {n % 12 + 1} months.",
            });
        });
        var path = Path.Combine(folder, $"reports-{file}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
