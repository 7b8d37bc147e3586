namespace Wiredesk.Storage.Postgres.Tests;

public sealed class WebSearchQueryTests
{
    [Theory]
    [InlineData("grain exports", "grain exports")]
    [InlineData("Hague NOT Ukraine", "Hague -Ukraine")]
    [InlineData("Hague AND grain", "Hague grain")]
    [InlineData("\"NOT a word\" AND grain", "\"NOT a word\" grain")]
    [InlineData("  ferry   or  strike ", "ferry or strike")]
    [InlineData("not and", "not and")]
    public void Fts5_operators_become_web_search_syntax_outside_phrases(string query, string expected)
    {
        Assert.Equal(expected, WebSearchQuery.From(query));
    }
}
