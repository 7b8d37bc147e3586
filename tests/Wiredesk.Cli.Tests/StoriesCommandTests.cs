using System.Text.Json;
using Wiredesk.Cli.Tests.Support;

namespace Wiredesk.Cli.Tests;

public sealed class StoriesCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static List<JsonElement> Stories(string output) => CliRun.Json(output).GetProperty("stories").EnumerateArray().ToList();

    private static List<string> Documents(JsonElement story) => story.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).ToList();

    [Fact]
    public async Task The_samples_form_one_story_per_invented_event()
    {
        var (exit, output, error) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        Assert.True(exit == 0, error);
        var stories = Stories(output);
        Assert.Equal(4, stories.Count);
        Assert.Contains(stories, s => Documents(s).All(d => d.Contains("quillon", StringComparison.Ordinal)));
        Assert.Contains(stories, s => Documents(s).All(d => d.Contains("ferry-collision", StringComparison.Ordinal)));
        Assert.Contains(stories, s => Documents(s).All(d => d.Contains("strike", StringComparison.Ordinal)));
        Assert.Contains(stories, s => Documents(s).All(d => d.Contains("water", StringComparison.Ordinal)));
        foreach (var story in stories)
        {
            Assert.StartsWith("s-", story.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(story.GetProperty("title").GetString()));
            Assert.True(story.GetProperty("independentSources").GetInt32() <= story.GetProperty("sourceCount").GetInt32());
        }
    }

    [Fact]
    public async Task Copies_in_a_story_are_listed_and_not_counted_as_independent_sources()
    {
        var (_, output, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        var ferry = Stories(output).Single(s => Documents(s).Any(d => d.Contains("ferry-collision", StringComparison.Ordinal)));
        var copies = ferry.GetProperty("copies").GetArrayLength();
        Assert.True(copies > 0, "the ferry story carries rewritten wire copy");
        Assert.True(ferry.GetProperty("independentSources").GetInt32() < ferry.GetProperty("sourceCount").GetInt32());
    }

    [Fact]
    public async Task Analyzing_again_keeps_the_stories_and_their_ids()
    {
        var (_, first, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");
        var (_, second, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        Assert.Equal(
            Stories(first).Select(s => (s.GetProperty("id").GetString(), string.Join(",", Documents(s)))),
            Stories(second).Select(s => (s.GetProperty("id").GetString(), string.Join(",", Documents(s)))));
    }

    [Fact]
    public async Task Articles_analysed_later_join_the_stories_made_earlier_without_changing_their_ids()
    {
        var early = Directory.GetFiles(Repository.Samples).Where(f => Path.GetFileName(f).StartsWith("harborwire", StringComparison.Ordinal)).ToArray();
        var (_, first, _) = await _cli.RunAsync(["analyze", .. early, "--json"]);
        var (_, all, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");

        var before = Stories(first).ToDictionary(s => s.GetProperty("id").GetString()!, Documents);
        var after = Stories(all).ToDictionary(s => s.GetProperty("id").GetString()!, Documents);
        Assert.NotEmpty(before);
        foreach (var (id, documents) in before)
        {
            Assert.True(after.ContainsKey(id), $"story {id} vanished");
            Assert.Superset(documents.ToHashSet(), after[id].ToHashSet());
        }

        var placed = after.Values.SelectMany(d => d).ToList();
        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.Equal(CliRun.Json(all).GetProperty("documents").GetArrayLength(), placed.Count);
    }

    [Fact]
    public async Task Stories_lists_one_row_per_story_and_show_prints_a_story_with_its_articles()
    {
        var (_, analyzed, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");
        var quillon = Stories(analyzed).Single(s => Documents(s).Any(d => d.Contains("quillon", StringComparison.Ordinal)));
        var id = quillon.GetProperty("id").GetString()!;

        var (listExit, list, _) = await _cli.RunAsync("stories");
        var (showExit, shown, _) = await _cli.RunAsync("show", id);
        var (jsonExit, json, _) = await _cli.RunAsync("show", id, "--json");

        Assert.Equal(0, listExit);
        Assert.Equal(4, list.Split('\n').Count(line => line.TrimStart().StartsWith("s-", StringComparison.Ordinal)));
        Assert.Equal(0, showExit);
        Assert.Contains($"Story {id}", shown, StringComparison.Ordinal);
        foreach (var document in Documents(quillon))
        {
            Assert.Contains(document, shown, StringComparison.Ordinal);
        }

        Assert.Equal(0, jsonExit);
        Assert.Equal(Documents(quillon), Documents(CliRun.Json(json)));
    }

    [Fact]
    public async Task Show_counts_the_articles_of_unknown_outlet_beside_the_named_outlets()
    {
        var (_, analyzed, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");
        var ferry = Stories(analyzed).Single(s => Documents(s).Contains("harborwire-ferry-collision"));
        var named = ferry.GetProperty("sources").GetArrayLength();
        var count = ferry.GetProperty("sourceCount").GetInt32();

        var (_, shown, _) = await _cli.RunAsync("show", ferry.GetProperty("id").GetString()!);

        Assert.True(count > named);
        Assert.Contains($"and {count - named} of unknown name", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_lists_a_storys_articles_by_publication_whatever_order_they_arrived_in()
    {
        var later = _cli.Write("later.txt", "date 2026-04-15\nDivers search the Sabel River after the Varnel Bridge collapse\n\nPolice divers searched the Sabel River in Oskarth on Wednesday for a man still missing after the Varnel Bridge collapsed on Tuesday, killing four people.");
        var earlier = _cli.Write("earlier.txt", "date 2026-04-14\nVarnel Bridge collapses into the Sabel River in Oskarth\n\nThe Varnel Bridge in Oskarth collapsed into the Sabel River during the evening rush hour on Tuesday, killing four people, police said. A man is still missing.");
        await _cli.RunAsync("analyze", later);
        var (_, analyzed, _) = await _cli.RunAsync("analyze", earlier, "--json");
        var id = Stories(analyzed).Single().GetProperty("id").GetString()!;

        var (_, shown, _) = await _cli.RunAsync("show", id);

        var first = shown.IndexOf("2026-04-14  earlier", StringComparison.Ordinal);
        var second = shown.IndexOf("2026-04-15  later", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, shown);
    }

    [Fact]
    public async Task Show_and_the_report_give_a_deal_price_two_articles_state_differently()
    {
        var first = _cli.Write("deal.txt", "date 2026-03-02\nHalvard Shipping to buy Corran Lines\n\nHalvard Shipping said on Monday it had agreed to buy its smaller ferry rival Corran Lines for $4.2 billion in cash, creating the largest ferry operator on the northern coast.");
        var second = _cli.Write("deal-later.txt", "date 2026-03-04\nCorran Lines shareholders want more from Halvard Shipping\n\nShareholders of the ferry operator Corran Lines asked Halvard Shipping for a higher price on Wednesday, two days after the $4.1 billion deal to create the largest ferry operator on the northern coast was announced.");
        var (_, analyzed, _) = await _cli.RunAsync("analyze", first, second, "--json");
        var story = Stories(analyzed).Single();

        var (_, shown, _) = await _cli.RunAsync("show", story.GetProperty("id").GetString()!);

        var amount = Assert.Single(story.GetProperty("disagreements").EnumerateArray(), d => d.GetProperty("slot").GetString() == "amount");
        Assert.Equal(["$4.2 billion", "$4.1 billion"], amount.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("claim").GetString()));
        Assert.Contains("≠ the amount in dollars", shown, StringComparison.Ordinal);
        Assert.Contains("$4.1 billion [", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_writes_a_season_on_the_timeline_in_words()
    {
        var file = _cli.Write("talks.txt", "date 2026-03-10\nMinisters agree to meet again\n\nThe foreign ministers of Velmark and Ostria met in Ardmoor on Tuesday and agreed to hold a second round of talks on the Pike Bank fishing grounds in the spring.");
        var (_, analyzed, _) = await _cli.RunAsync("analyze", file, "--json");
        var id = Stories(analyzed).Single().GetProperty("id").GetString()!;

        var (_, shown, _) = await _cli.RunAsync("show", id);

        Assert.Contains("spring 2026", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-SP", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_a_merged_storys_id_says_where_it_went_and_prints_that_story()
    {
        var (_, analyzed, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");
        var quillon = Stories(analyzed).Single(s => Documents(s).Any(d => d.Contains("quillon", StringComparison.Ordinal))).GetProperty("id").GetString()!;
        var treaty = Stories(analyzed).Single(s => Documents(s).Any(d => d.Contains("water", StringComparison.Ordinal))).GetProperty("id").GetString()!;
        await using (var store = await Wiredesk.Storage.Sqlite.SqliteArticleStore.OpenAsync(_cli.Db, TestContext.Current.CancellationToken))
        {
            // Saved as the story stage saves a merge: the members move, the younger id goes, the survivor is rewritten.
            var survivor = (await store.StoryAsync(treaty, TestContext.Current.CancellationToken))!;
            await store.SaveStoriesAsync([], [(quillon, treaty)], [survivor], TestContext.Current.CancellationToken);
        }

        var (exit, shown, error) = await _cli.RunAsync("show", quillon);
        var (jsonExit, json, _) = await _cli.RunAsync("show", quillon, "--json");

        Assert.Equal(0, exit);
        Assert.Contains($"{quillon}: merged into {treaty}", error, StringComparison.Ordinal);
        Assert.Contains($"Story {treaty}", shown, StringComparison.Ordinal);
        Assert.Equal(0, jsonExit);
        Assert.Equal(treaty, CliRun.Json(json).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Show_draws_the_story_timeline_and_prints_a_cited_summary()
    {
        var (_, analyzed, _) = await _cli.RunAsync("analyze", Repository.Samples, "--json");
        var quillon = Stories(analyzed).Single(s => Documents(s).Any(d => d.Contains("quillon", StringComparison.Ordinal)));
        var id = quillon.GetProperty("id").GetString()!;

        var (exit, shown, _) = await _cli.RunAsync("show", id);

        Assert.Equal(0, exit);
        var lines = shown.Split('\n');
        var timeline = Array.FindIndex(lines, l => l.StartsWith("Timeline", StringComparison.Ordinal));
        Assert.True(timeline > 0, shown);
        var dated = lines.Skip(timeline + 1).TakeWhile(l => l.Length > 0).Where(l => l.Contains("─ ", StringComparison.Ordinal)).ToList();
        Assert.Contains(dated, l => l.TrimStart().StartsWith("2026-03-07", StringComparison.Ordinal) && l.Contains('◆'));
        var summary = Array.FindIndex(lines, l => l.StartsWith("Summary", StringComparison.Ordinal));
        Assert.True(summary > 0, shown);
        var sentences = lines.Skip(summary + 1).TakeWhile(l => l.Length > 0).ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, l => Assert.Matches(@"\[[a-z0-9-]+(, [a-z0-9-]+)*\]$", l));
        Assert.All(quillon.GetProperty("summary").EnumerateArray(), s => Assert.Contains(s.GetProperty("document").GetString(), s.GetProperty("documents").EnumerateArray().Select(d => d.GetString())));
        Assert.NotEmpty(quillon.GetProperty("timeline").EnumerateArray());
    }

    [Fact]
    public async Task Show_writes_a_range_of_years_whole_and_counts_the_gap_after_it_from_its_end()
    {
        var path = _cli.Write("verdict.txt", "date 2026-10-02\nFormer minister Aldo Brenner jailed for six years\n\nA court in Kerrow on Friday sentenced former transport minister Aldo Brenner to six years in prison for taking bribes from road builders.\n\nJudge Marit Osterhus said Brenner had taken at least 2.4 million crowns from three companies between 2019 and 2022 in return for contracts.\n\nBrenner resigned from the government in March 2023, when the first witnesses spoke to prosecutors in Kerrow.");
        var (_, analyzed, _) = await _cli.RunAsync("analyze", path, "--json");
        var id = Stories(analyzed).Single().GetProperty("id").GetString()!;

        var (exit, shown, _) = await _cli.RunAsync("show", id);

        Assert.Equal(0, exit);
        var lines = shown.Split('\n');
        var range = Array.FindIndex(lines, l => l.TrimStart().StartsWith("2019…2022", StringComparison.Ordinal));
        Assert.True(range > 0, shown);
        var gap = lines.Skip(range).First(l => l.Contains("later", StringComparison.Ordinal));
        Assert.Contains("1 year later", gap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seeds_form_one_story()
    {
        var seeds = Repository.Shared("corpus", "seeds");

        var (exit, output, error) = await _cli.RunAsync("analyze", seeds, "--json");

        Assert.True(exit == 0, error);
        var story = Assert.Single(Stories(output));
        Assert.Equal(5, Documents(story).Count);
        var entities = story.GetProperty("entities").EnumerateArray().ToList();
        var rutte = Assert.Single(entities, e => e.GetProperty("name").GetString() == "Mark Rutte");
        Assert.Equal("person", rutte.GetProperty("type").GetString());
        Assert.Contains(rutte.GetProperty("aliases").EnumerateArray(), a => string.Equals(a.GetString(), "the NATO chief", StringComparison.OrdinalIgnoreCase));
        Assert.Single(entities, e => e.GetProperty("name").GetString() == "Türkiye");
        var quotes = story.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Contains(quotes, q => q.GetProperty("speaker").GetString() == "Mark Rutte" && q.GetProperty("speakerId").GetString() == rutte.GetProperty("id").GetString());
        var shared = quotes.Where(q => q.GetProperty("documents").GetArrayLength() == 2).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, q => Assert.Equal(1, q.GetProperty("independentOutlets").GetInt32()));
        var disagreement = Assert.Single(story.GetProperty("disagreements").EnumerateArray(), d => d.GetProperty("slot").GetString() == "attendance");
        Assert.Contains("Putin", disagreement.GetProperty("what").GetString(), StringComparison.Ordinal);
        Assert.Contains(story.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "phone call" && e.GetProperty("code").GetString() == "041");
    }
}
