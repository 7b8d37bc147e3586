using Wiredesk.Cli.Tests.Support;

namespace Wiredesk.Cli.Tests;

public sealed class ShowAndSearchCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Show_prints_a_stored_article_with_its_paragraph_kinds()
    {
        await _cli.RunAsync("ingest", Repository.Samples);

        var (exit, output, _) = await _cli.RunAsync("show", "harborwire-ferry-collision");

        Assert.Equal(0, exit);
        Assert.Contains("[title]", output);
        Assert.Contains("[body]", output);
        Assert.Contains("published", output);
    }

    [Fact]
    public async Task Show_json_prints_the_document_object_of_the_report()
    {
        await _cli.RunAsync("ingest", Repository.Samples);

        var (_, output, _) = await _cli.RunAsync("show", "harborwire-ferry-collision", "--json");

        var document = CliRun.Json(output);
        Assert.Equal("harborwire-ferry-collision", document.GetProperty("id").GetString());
        foreach (var paragraph in document.GetProperty("paragraphs").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(paragraph.GetProperty("text").GetString()));
        }
    }

    [Fact]
    public async Task Show_lists_what_an_article_shares_and_with_whom()
    {
        await _cli.RunAsync("analyze", Repository.Samples);

        var (_, output, _) = await _cli.RunAsync("show", "valley-signal-ferry-collision-brief");
        var (_, json, _) = await _cli.RunAsync("show", "valley-signal-ferry-collision-brief", "--json");

        Assert.Contains("Shares text with", output);
        Assert.Contains("harborwire-ferry-collision", output);
        Assert.NotEmpty(CliRun.Json(json).GetProperty("shares").EnumerateArray());
    }

    [Fact]
    public async Task Show_of_an_unknown_id_exits_with_5()
    {
        await _cli.RunAsync("ingest", Repository.Samples);

        var (exit, _, error) = await _cli.RunAsync("show", "no-such-article");

        Assert.Equal(5, exit);
        Assert.Contains("no-such-article: error: no article or story with this id", error);
    }

    [Fact]
    public async Task Search_finds_articles_by_their_words_with_snippets()
    {
        await _cli.RunAsync("ingest", Repository.Samples);

        var (exit, output, _) = await _cli.RunAsync("search", "ferry", "--json");

        Assert.Equal(0, exit);
        var hits = CliRun.Json(output).EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("[", h.GetProperty("snippet").GetString()));
    }

    [Fact]
    public async Task Search_with_broken_query_syntax_still_answers()
    {
        await _cli.RunAsync("ingest", Repository.Samples);

        var (exit, _, error) = await _cli.RunAsync("search", "harbor's \"pilot");

        Assert.True(exit is 0 or 5, error);
        Assert.DoesNotContain("SQLite Error", error);
    }
}
