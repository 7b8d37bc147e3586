using System.Text;
using System.Text.Json;
using Wiredesk.Cli;
using Wiredesk.Reliability.Tests.Support;
using Wiredesk.Storage.Sqlite;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>The whole corpus in one batch through <c>wiredesk analyze</c>: reading, cleaning, storing, reuse, stories and the story view.</summary>
[Collection(nameof(MeasuredAlone))]
public sealed class HostileBatchTests
{
    private static readonly string[] GoodArticles =
    [
        "PORTHEAVEN — Harbor pilots walked out on Tuesday after talks with the port authority failed, the union said.\n\n“We will not go back until the port is safe,” said union leader Anna Berg.\n\nShips queued outside the harbor by nightfall.",
        "Harbor pilots in Portheaven walked out on Tuesday, the union said, after talks with the port authority failed.\n\nAnna Berg, who leads the union, said the pilots would not return until the port was safe.\n\nThe authority said it regretted the strike.",
        "The city council of Lakeside approved a new budget on Monday.\n\nMayor Tom Reed said the plan would fund two new schools.\n\nThe vote was seven to two.",
    ];

    [Fact]
    public async Task The_whole_corpus_in_one_batch_stores_every_good_article_and_names_every_bad_file()
    {
        using var folder = new TempFolder();
        var inputs = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(inputs);
        foreach (var input in HostileCorpus.All.Where(i => i.Extension != ".bin"))
        {
            await File.WriteAllBytesAsync(Path.Combine(inputs, $"{input.Class}-{input.FileName}"), input.Bytes, TestContext.Current.CancellationToken);
        }

        for (var i = 0; i < GoodArticles.Length; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(inputs, $"good-{i}.txt"), GoodArticles[i], TestContext.Current.CancellationToken);
        }

        var db = folder.File("batch.db");
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, Stream.Null, ShowProgress: false);

        var exit = await WiredeskCli.RunAsync(["analyze", inputs, "--db", db, "--json"], console, TestContext.Current.CancellationToken);

        Assert.True(exit == 1, $"exit {exit}: {error}");
        var report = JsonDocument.Parse(output.ToString()).RootElement;
        var stories = report.GetProperty("stories").EnumerateArray().ToList();
        // The corpus tells of the same strike, so its readable articles may join the good ones' story.
        Assert.Contains(stories, s => s.GetProperty("documents").EnumerateArray().Select(d => d.GetString()).Intersect(["good-0", "good-1"]).Count() == 2);
        var errorLines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(errorLines);
        Assert.All(errorLines, line => Assert.StartsWith(inputs, line, StringComparison.Ordinal));

        await using var store = await SqliteArticleStore.OpenAsync(db, TestContext.Current.CancellationToken);
        foreach (var id in new[] { "good-0", "good-1", "good-2" })
        {
            Assert.NotNull(await store.GetAsync(id, TestContext.Current.CancellationToken));
        }

        Assert.Empty(await store.PendingReuseAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await store.PendingStoriesAsync(TestContext.Current.CancellationToken));
    }
}
