using System.Text.Json;
using Wiredesk.Cli.Tests.Support;

namespace Wiredesk.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Analyzing_the_samples_prints_a_report_whose_paragraphs_point_at_their_text()
    {
        var (exit, output, error) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        Assert.True(exit == 0, error);
        var report = CliRun.Json(output);
        var documents = report.GetProperty("documents").EnumerateArray().ToList();
        Assert.True(documents.Count >= 10, $"only {documents.Count} documents");
        Assert.Contains(documents, d => d.GetProperty("format").GetString() == "html");
        Assert.Contains(documents, d => d.GetProperty("format").GetString() == "feed");
        Assert.Contains(documents, d => d.GetProperty("format").GetString() == "text");
        foreach (var document in documents)
        {
            Assert.NotEqual(JsonValueKind.Null, document.GetProperty("published").ValueKind);
            Assert.Contains(document.GetProperty("paragraphs").EnumerateArray(), p => p.GetProperty("kind").GetString() == "body");
        }
    }

    [Fact]
    public async Task Analyzing_the_samples_finds_their_captions_embeds_and_furniture()
    {
        var (_, output, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        var kinds = CliRun.Json(output).GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("paragraphs").EnumerateArray())
            .Select(p => p.GetProperty("kind").GetString())
            .ToHashSet();
        Assert.Superset(new HashSet<string?> { "body", "heading", "caption", "embed", "boilerplate", "title", "dateline" }, kinds);
    }

    [Fact]
    public async Task The_seeds_give_the_reference_titles_datelines_and_dates()
    {
        var seeds = Repository.Shared("corpus", "seeds");
        using var gold = JsonDocument.Parse(File.ReadAllText(Repository.Shared("gold", "seeds.json")));

        var (exit, output, error) = await _cli.RunAsync("analyze", seeds, "--json");

        Assert.True(exit == 0, error);
        var documents = CliRun.Json(output).GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        foreach (var expected in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var actual = documents[expected.GetProperty("id").GetString()!];
            foreach (var field in new[] { "title", "dateline", "published" })
            {
                Assert.Equal(Fold(expected.GetProperty(field)), Fold(actual.GetProperty(field)));
            }

            var bodies = actual.GetProperty("paragraphs").EnumerateArray()
                .Where(p => p.GetProperty("kind").GetString() == "body")
                .Select(p => Fold(p.GetProperty("text"))!)
                .ToList();
            foreach (var boilerplate in expected.GetProperty("boilerplate").EnumerateArray())
            {
                Assert.DoesNotContain(bodies, b => b.Contains(Fold(boilerplate)!, StringComparison.Ordinal));
            }
        }

        var tweet = documents.Values.Single(d => d.GetProperty("id").GetString()!.StartsWith("003", StringComparison.Ordinal))
            .GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "embed").GetProperty("embed");
        Assert.Equal(("Mark Rutte", "@SecGenNATO", "2025-05-13"), (tweet.GetProperty("author").GetString(), tweet.GetProperty("handle").GetString(), tweet.GetProperty("date").GetString()));
        var titles = documents.Values.Single(d => d.GetProperty("id").GetString()!.StartsWith("004", StringComparison.Ordinal))
            .GetProperty("paragraphs").EnumerateArray().Count(p => p.GetProperty("kind").GetString() == "title");
        Assert.Equal(1, titles);
    }

    [Fact]
    public async Task The_wire_story_and_its_republications_form_one_copy_group_with_passages()
    {
        var (_, output, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        var report = CliRun.Json(output);
        var group = report.GetProperty("copyGroups").EnumerateArray()
            .Select(g => g.EnumerateArray().Select(id => id.GetString()).ToList())
            .Single(g => g.Contains("harborwire-ferry-collision"));
        Assert.Contains("lakeside-courier-ferry-collision", group);
        Assert.Contains("northgate-post-ferry-collision", group);
        Assert.DoesNotContain("harborwire-water-treaty", group);
        var texts = report.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d);
        foreach (var pair in report.GetProperty("reuse").EnumerateArray())
        {
            Assert.Contains(pair.GetProperty("kind").GetString(), new[] { "duplicate", "partial" });
            Assert.NotEmpty(pair.GetProperty("passages").EnumerateArray());
        }
    }

    [Fact]
    public async Task Analyzing_twice_reports_the_same_reuse()
    {
        var (_, first, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");
        var (_, second, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        Assert.Equal(CliRun.Json(first).GetProperty("reuse").ToString(), CliRun.Json(second).GetProperty("reuse").ToString());
    }

    [Fact]
    public async Task The_seeds_000_and_001_are_a_partial_copy_and_the_ruled_out_pairs_are_not_reported()
    {
        var seeds = Repository.Shared("corpus", "seeds");

        var (_, output, _) = await _cli.RunAsync("analyze", seeds, "--json");

        var pairs = CliRun.Json(output).GetProperty("reuse").EnumerateArray()
            .Select(p => (p.GetProperty("a").GetString()![..3], p.GetProperty("b").GetString()![..3], p.GetProperty("kind").GetString()))
            .ToList();
        Assert.Equal([("000", "001", "partial")], pairs);
    }

    [Fact]
    public async Task Without_json_it_prints_one_line_per_document()
    {
        var (exit, output, _) = await _cli.RunAsync("analyze", Repository.Samples);

        Assert.Equal(0, exit);
        Assert.Contains("harborwire-ferry-collision", output);
        Assert.Contains("document(s)", output);
    }

    [Fact]
    public async Task A_damaged_saved_story_clusterer_is_rebuilt_with_a_warning_and_groups_as_an_intact_one()
    {
        const string FollowUp = "date 2025-05-15\nDivers began raising the ferry that sank off Portmere after the collision, the harbour master said on Thursday, as the inquiry into the crash opened.\n";
        using var intact = new CliRun();
        await intact.RunAsync("analyze", Repository.Samples);
        var (_, expected, _) = await intact.RunAsync("analyze", intact.Write("later/ferry-raised.txt", FollowUp), "--json");

        await _cli.RunAsync("analyze", Repository.Samples);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_cli.Db};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE story_snapshot SET data = substr(data, 1, length(data) / 2);";
            Assert.Equal(1, await damage.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        var (exit, output, error) = await _cli.RunAsync("analyze", _cli.Write("later/ferry-raised.txt", FollowUp), "--json");

        Assert.Equal(0, exit);
        Assert.Contains("warning: the saved story clusterer could not be read", error, StringComparison.Ordinal);
        Assert.Contains("ferry-raised", CliRun.Json(output).GetProperty("stories").ToString(), StringComparison.Ordinal);
        Assert.Equal(CliRun.Json(expected).GetProperty("stories").ToString(), CliRun.Json(output).GetProperty("stories").ToString());

        // The rebuilt clusterer was saved again: the next run reads it without a word.
        var (_, _, quiet) = await _cli.RunAsync("analyze", _cli.Write("later/dock-vote.txt", "date 2025-05-16\nDockworkers in Portmere voted to return to work on Friday.\n"));
        Assert.DoesNotContain("warning", quiet, StringComparison.Ordinal);
    }

    private static string? Fold(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null
        : string.Join(' ', value.GetString()!.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
