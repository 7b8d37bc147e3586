using System.Net;
using System.Text;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests;

public sealed class SearchEndpointsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Search_finds_articles_with_plain_snippets_and_highlight_ranges()
    {
        var found = await web.GetJsonAsync("/api/search?q=library%20budget");
        var hit = Assert.Single(found.GetProperty("hits").EnumerateArray());
        var snippet = hit.GetProperty("snippet").GetString()!;
        var marked = hit.GetProperty("highlights").EnumerateArray()
            .Select(h => snippet.Substring(h.GetProperty("start").GetInt32(), h.GetProperty("length").GetInt32()).ToLowerInvariant())
            .ToHashSet();

        Assert.Equal(TestArticles.LibraryId, hit.GetProperty("id").GetString());
        Assert.DoesNotContain("[", snippet, StringComparison.Ordinal);
        Assert.Equal(["budget", "library"], marked.Order());
    }

    [Fact]
    public async Task Query_syntax_in_the_words_is_taken_literally()
    {
        var found = await web.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("ferry\" OR NEAR( *"));

        Assert.Equal(0, found.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task A_search_asked_again_after_a_new_article_finds_it()
    {
        var before = await web.GetJsonAsync("/api/search?q=quayside%20carousel");
        var again = await web.GetJsonAsync("/api/search?q=quayside%20carousel");
        const string text = "The old quayside carousel in Portmere turned again on Sunday after a winter of repairs, the harbour trust said.";
        using var posted = await web.Client.PostAsync("/api/articles?id=quayside-carousel", new StringContent(text, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        var after = await web.GetJsonAsync("/api/search?q=quayside%20carousel");

        Assert.Equal(0, before.GetProperty("hits").GetArrayLength());
        Assert.Equal(0, again.GetProperty("hits").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("quayside-carousel", Assert.Single(after.GetProperty("hits").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=%20")]
    [InlineData("/api/search?q=ferry&limit=0")]
    public async Task A_missing_query_or_bad_limit_is_a_400_problem(string path)
    {
        using var response = await web.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
