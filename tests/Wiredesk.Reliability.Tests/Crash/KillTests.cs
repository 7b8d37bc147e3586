using System.Diagnostics;
using System.Globalization;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Crash;

/// <summary>
/// Crash consistency: the built <c>wiredesk</c> ingests and analyses 10,000 generated articles as a child process and is
/// killed with SIGKILL at random moments; after every kill the store must pass its checks, and once runs are let finish
/// the store must equal that of a run never interrupted.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class KillTests
{
    /// <summary>The numbers docs/reliability.md reports; the test asserts at least these.</summary>
    public const int Articles = 10_000;

    public const int Kills = 20;

    public const int KillsDuringIngest = 6;

    public const int KillsDuringStories = 3;

    private const int ArticlesPerFile = 500;

    [Fact]
    public async Task Killing_ingest_and_analyze_twenty_times_loses_and_duplicates_nothing_and_ends_as_an_uninterrupted_run()
    {
        using var folder = new TempFolder();
        var inputs = Path.Combine(folder.Path, "in");
        var files = ArticleStream.Write(inputs, 0, Articles, ArticlesPerFile);
        var linesPerFile = files.ToDictionary(f => f, f => File.ReadAllLines(f).Length);
        var trigger = Path.Combine(folder.Path, "trigger.txt");
        await File.WriteAllTextAsync(trigger, "Harbor pilots in Portheaven walked out on Tuesday, the union said.", TestContext.Current.CancellationToken);

        // The uninterrupted run, timed so that the kills can be spread over a run of this machine's speed.
        var reference = folder.File("reference.db");
        var clock = Stopwatch.StartNew();
        await ExpectSuccessAsync("ingest", inputs, "--db", reference);
        var ingestTime = clock.Elapsed;
        clock.Restart();
        await ExpectSuccessAsync("analyze", trigger, "--db", reference);
        var analyzeTime = clock.Elapsed;

        var killed = folder.File("killed.db");
        var random = new Random(20260309);
        var log = new List<string>();
        var kills = 0;
        var ingestDone = false;
        var restarts = 0;
        while (kills < Kills)
        {
            TimeSpan delay;
            string[] args;
            if (!ingestDone && kills < KillsDuringIngest)
            {
                delay = ingestTime * (0.3 + (0.7 * random.NextDouble()));
                args = ["ingest", inputs, "--db", killed];
            }
            else
            {
                // Ingest is let finish once, then analysis is killed at a random moment of what is left of it.
                if (!ingestDone)
                {
                    await ExpectSuccessAsync("ingest", inputs, "--db", killed);
                    ingestDone = true;
                }

                // Reuse takes about four fifths of the analysis and commits article by article; the story stage commits
                // once at its end. The last kills aim past what is left of reuse, into the story stage.
                using var before = new StoreSnapshot(killed);
                var reuseLeft = analyzeTime * 0.8 * before.PendingReuse / before.Articles;
                var storyStage = analyzeTime * 0.2;
                delay = Kills - kills > KillsDuringStories
                    ? TimeSpan.FromSeconds(1) + ((reuseLeft + storyStage) * (0.2 + (0.8 * random.NextDouble())) / (Kills - kills - KillsDuringStories))
                    : TimeSpan.FromSeconds(1) + reuseLeft + (storyStage * (0.1 + (0.5 * random.NextDouble())));
                args = ["analyze", trigger, "--db", killed];
            }

            using var process = WiredeskProcess.Start(args);
            var exited = await process.ExitsWithinOrIsKilledAsync(delay);
            if (exited)
            {
                var (exit, _, error) = await process.WaitAsync(TimeSpan.FromSeconds(10));
                Assert.True(exit == 0, $"{args[0]} failed after a kill: {error}");
                ingestDone |= args[0] == "ingest";
                log.Add($"{args[0]} finished before {delay.TotalSeconds:0.0} s");
                if (args[0] == "analyze")
                {
                    // The work ended before all the kills landed (this machine was faster than the reference run
                    // suggested): the store must be whole; then the run starts again on a new store, and the kills go on.
                    using (var finished = new StoreSnapshot(killed))
                    {
                        finished.AssertConsistent(linesPerFile);
                        Assert.Equal(0, finished.PendingReuse);
                        Assert.Equal(0, finished.PendingStories);
                    }

                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    foreach (var file in Directory.GetFiles(folder.Path, "killed.db*"))
                    {
                        File.Delete(file);
                    }

                    ingestDone = false;
                    restarts++;
                }

                continue;
            }

            kills++;
            using var snapshot = new StoreSnapshot(killed);
            snapshot.AssertConsistent(linesPerFile);
            log.Add(string.Create(CultureInfo.InvariantCulture, $"kill {kills}: {args[0]} at {delay.TotalSeconds:0.0} s; {snapshot.Articles} stored, {snapshot.PendingReuse} pending reuse, {snapshot.PendingStories} pending stories"));
        }

        log.Add(string.Create(CultureInfo.InvariantCulture, $"{kills} kills, {restarts} runs finished between kills and started again"));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, log));
        Assert.True(kills >= Kills, $"only {kills} kills landed before the work was done: {string.Join("; ", log)}");

        // The next runs finish what was queued; the result is the uninterrupted run's.
        await ExpectSuccessAsync("ingest", inputs, "--db", killed);
        await ExpectSuccessAsync("analyze", trigger, "--db", killed);
        using var final = new StoreSnapshot(killed);
        using var expected = new StoreSnapshot(reference);
        final.AssertConsistent(linesPerFile);
        Assert.Equal(Articles + 1, final.Articles);
        Assert.Equal(0, final.PendingReuse);
        Assert.Equal(0, final.PendingStories);
        var (articles, pairs, members, stories) = final.Content();
        var (expectedArticles, expectedPairs, expectedMembers, expectedStories) = expected.Content();
        Assert.Equal(expectedArticles, articles);
        Assert.NotEmpty(expectedPairs);
        Assert.Equal(expectedPairs, pairs);
        Assert.Equal(expectedMembers, members);
        Assert.Equal(expectedStories, stories);
    }

    private static async Task ExpectSuccessAsync(params string[] args)
    {
        var (exit, _, error) = await WiredeskProcess.RunAsync(args);
        Assert.True(exit == 0, $"wiredesk {string.Join(' ', args)} exited {exit}: {error}");
    }
}
