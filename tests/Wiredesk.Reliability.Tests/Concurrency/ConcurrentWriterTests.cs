using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Concurrency;

/// <summary>
/// Two <c>wiredesk ingest</c> processes write overlapping inputs into one SQLite store at once (the second taking the
/// files in the opposite order, so that they meet in the middle): nothing is lost, nothing duplicated, and neither
/// reports the store as locked. The same test applies to any store <c>--db</c> can open.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class ConcurrentWriterTests
{
    /// <summary>The numbers docs/reliability.md reports; the test asserts them.</summary>
    public const int Rounds = 3;

    public const int Files = 40;

    public const int ArticlesPerFile = 100;

    public const int Overlap = 20;

    [Fact]
    public async Task Two_processes_ingesting_overlapping_inputs_into_one_store_lose_and_duplicate_nothing()
    {
        using var folder = new TempFolder();
        var files = ArticleStream.Write(Path.Combine(folder.Path, "in"), 0, Files * ArticlesPerFile, ArticlesPerFile);
        var linesPerFile = files.ToDictionary(f => f, f => File.ReadAllLines(f).Length);
        var half = (Files + Overlap) / 2;
        var first = files.Take(half).ToArray();
        var second = files.Skip(Files - half).Reverse().ToArray();

        for (var round = 0; round < Rounds; round++)
        {
            // A new file each round, so that both processes also race to create the store and its schema.
            var db = folder.File($"shared-{round}.db");
            using var a = WiredeskProcess.Start(["ingest", .. first, "--db", db, "--json"]);
            using var b = WiredeskProcess.Start(["ingest", .. second, "--db", db, "--json"]);
            var resultA = await a.WaitAsync(TimeSpan.FromMinutes(5));
            var resultB = await b.WaitAsync(TimeSpan.FromMinutes(5));

            foreach (var (exit, _, error) in new[] { resultA, resultB })
            {
                Assert.DoesNotContain("locked", error, StringComparison.OrdinalIgnoreCase);
                Assert.True(exit == 0, $"round {round}: exit {exit}: {error}");
            }

            var added = Added(resultA.Out) + Added(resultB.Out);
            Assert.Equal(Files * ArticlesPerFile, added);

            using var store = new StoreSnapshot(db);
            store.AssertConsistent(linesPerFile);
            Assert.Equal(Files * ArticlesPerFile, store.Articles);
        }
    }

    private static int Added(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("added").GetInt32();
}
