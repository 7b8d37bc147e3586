using Wiredesk.Storage.Contract.Support;

namespace Wiredesk.Storage.Contract;

/// <summary>What every store's full-text search does with the same four articles.</summary>
public abstract class ArticleStoreSearchContract : StoreContract
{
    protected override async Task SeedAsync()
    {
        await Store.SaveAsync(
        [
            Some.Article("air-defence", topic: "air defence for Ukraine"),
            Some.Article("grain", topic: "grain exports"),
            Some.Bare("tariffs", "Tariffs on steel rose again. Exporters said the tariffs would hurt, and more tariffs were coming."),
            Some.Bare("one-tariff", "A single new tariff was announced on Monday, among many other measures debated at length."),
        ], Ct);
    }

    [Fact]
    public async Task Search_finds_words_in_titles_and_body_paragraphs()
    {
        Assert.Equal(["grain"], (await Store.SearchAsync("grain", 10, Ct)).Select(h => h.Id));
        Assert.Equal(["air-defence", "grain"], (await Store.SearchAsync("Hague", 10, Ct)).Select(h => h.Id).Order());
        Assert.Equal(["air-defence", "grain"], (await Store.SearchAsync("comes next", 10, Ct)).Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Boilerplate_captions_and_embeds_are_not_searched()
    {
        Assert.Empty(await Store.SearchAsync("minute", 10, Ct));
        Assert.Empty(await Store.SearchAsync("family photo", 10, Ct));
        Assert.Empty(await Store.SearchAsync("SecGenNATO", 10, Ct));
    }

    [Fact]
    public async Task Search_ranks_the_article_that_uses_a_word_most_first_with_higher_scores()
    {
        var hits = await Store.SearchAsync("tariffs OR tariff", 10, Ct);

        Assert.Equal(["tariffs", "one-tariff"], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public async Task Snippets_mark_matches_with_brackets_and_hits_carry_the_title()
    {
        var hit = Assert.Single(await Store.SearchAsync("exports", 10, Ct));

        Assert.Contains("[exports]", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("NATO ministers meet in Antalya over grain exports", hit.Title);
    }

    [Fact]
    public async Task Search_understands_phrases_OR_AND_and_NOT()
    {
        Assert.Equal(["air-defence", "grain"], (await Store.SearchAsync("Ukraine OR grain", 10, Ct)).Select(h => h.Id).Order());
        Assert.Equal(["grain"], (await Store.SearchAsync("\"grain exports\"", 10, Ct)).Select(h => h.Id));
        Assert.Empty(await Store.SearchAsync("\"exports grain\"", 10, Ct));
        Assert.Equal(["grain"], (await Store.SearchAsync("Hague NOT Ukraine", 10, Ct)).Select(h => h.Id));
        Assert.Equal(["grain"], (await Store.SearchAsync("Hague AND grain", 10, Ct)).Select(h => h.Id));
    }

    [Theory]
    [InlineData("NATO's \"chief")]
    [InlineData("foo AND")]
    [InlineData("-bar")]
    [InlineData("\"")]
    [InlineData("(grain")]
    [InlineData("nosuchcolumn: grain")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    public async Task Odd_query_syntax_does_not_throw(string query)
    {
        var hits = await Store.SearchAsync(query, 10, Ct);

        Assert.NotNull(hits);
    }

    [Fact]
    public async Task A_query_that_is_not_valid_syntax_searches_for_its_words()
    {
        Assert.Equal(["air-defence", "grain"], (await Store.SearchAsync("ministers' \"Hague", 10, Ct)).Select(h => h.Id).Order());
        Assert.Equal(["grain"], (await Store.SearchAsync("grain (exports", 10, Ct)).Select(h => h.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task An_empty_query_is_refused_with_a_clear_message(string query)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.SearchAsync(query, 10, Ct));

        Assert.Contains("search query is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_returns_at_most_the_limit()
    {
        Assert.Single(await Store.SearchAsync("NATO", 1, Ct));
    }
}
