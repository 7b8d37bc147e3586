using System.Net;
using System.Text;
using System.Text.Json;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests;

public sealed class ArticleEndpointsTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posting_the_same_articles_again_changes_nothing()
    {
        using var again = await web.Client.PostAsync("/api/articles", new StringContent(TestArticles.JsonArray(), Encoding.UTF8, "application/json"), Cancel);
        var body = JsonDocument.Parse(await again.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, body.GetProperty("added").GetInt32());
        Assert.Equal(4, body.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Plain_text_with_an_id_is_stored_under_that_id_and_analysed()
    {
        const string text = "Gull Island ferries sailed again on Friday after the strike in Portmere ended. The Seafarers Union said crews had won a rest day after two night shifts.";
        using var posted = await web.Client.PostAsync("/api/articles?id=ferries-sail-again", new StringContent(text, Encoding.UTF8, "text/plain"), Cancel);
        var body = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("ferries-sail-again", body.GetProperty("articles")[0].GetProperty("id").GetString());
        Assert.NotEmpty(body.GetProperty("stories").EnumerateArray());
        var article = await web.GetJsonAsync("/api/articles/ferries-sail-again");
        Assert.Equal("text", article.GetProperty("document").GetProperty("format").GetString());
    }

    [Fact]
    public async Task Json_lines_hold_several_articles()
    {
        var lines = "{\"id\":\"jl-one\",\"text\":\"The Elmbridge library opened a reading room for children on Saturday morning.\"}\n" +
            "{\"id\":\"jl-two\",\"text\":\"Elmbridge council workers repaired the river bridge on Sunday after a storm.\"}\n";
        using var posted = await web.Client.PostAsync("/api/articles", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), Cancel);
        var body = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(["jl-one", "jl-two"], body.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_article_shows_its_quotes_entities_times_reuse_and_story()
    {
        var article = await web.GetJsonAsync("/api/articles/" + TestArticles.HarborId);

        Assert.Equal("Harbor Wire", article.GetProperty("document").GetProperty("source").GetString());
        Assert.Contains(article.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("text").GetString()!.Contains("We will not sail", StringComparison.Ordinal));
        Assert.Contains(article.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString()!.Contains("Okafor", StringComparison.Ordinal));
        Assert.Contains(article.GetProperty("times").EnumerateArray(), t => t.GetProperty("text").GetString() == "Monday");
        Assert.Contains(article.GetProperty("document").GetProperty("shares").EnumerateArray(), s => s.GetProperty("b").GetString() == TestArticles.ValleyCopyId);
        Assert.Single(article.GetProperty("stories").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        using var response = await web.Client.GetAsync("/api/articles/no-such-article", Cancel);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"broken\", \"text\": ")]
    [InlineData("[{\"id\": \"a\", \"text\": \"x\"},]")]
    [InlineData("not json at all")]
    public async Task Bad_json_is_a_400_problem_that_says_why(string json)
    {
        using var response = await web.Client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"), Cancel);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid JSON", problem.GetProperty("title").GetString());
        Assert.StartsWith("The body is not valid JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_item_that_is_not_an_object_is_refused()
    {
        using var response = await web.Client.PostAsync("/api/articles", new StringContent("[1, 2]", Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Item 1 is a JSON number", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_object_without_text_stores_nothing_and_says_so()
    {
        using var response = await web.Client.PostAsync("/api/articles", new StringContent("{\"id\":\"empty\",\"title\":\"No body\"}", Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("neither", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_request_limit_is_a_413_problem()
    {
        var huge = new string('a', (int)WebFixture.Options.MaxRequestBytes + 10);
        using var response = await web.Client.PostAsync("/api/articles", new StringContent(huge, Encoding.UTF8, "text/plain"), Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_over_the_article_limit_is_a_413_problem_naming_it()
    {
        var words = string.Join(' ', Enumerable.Repeat("ferry", WebFixture.Options.MaxArticleChars / 5));
        var json = "[{\"id\":\"small\",\"text\":\"A short note about the harbour.\"},{\"id\":\"too-long\",\"text\":\"" + words + "\"}]";
        using var response = await web.Client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("'too-long'", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var small = await web.Client.GetAsync("/api/articles/small", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, small.StatusCode);
    }

    [Fact]
    public async Task An_unknown_content_type_is_a_415_problem()
    {
        using var response = await web.Client.PostAsync("/api/articles", new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("application/pdf") } }, Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/pdf", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_id_is_refused()
    {
        using var response = await web.Client.PostAsync("/api/articles?id=../etc/passwd", new StringContent("Some text about ferries.", Encoding.UTF8, "text/plain"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Script_payloads_in_html_are_stored_as_text_and_returned_json_escaped()
    {
        using var posted = await web.Client.PostAsync("/api/articles?id=xss-notice", new StringContent(TestArticles.XssHtml, Encoding.UTF8, "text/html"), Cancel);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync(Cancel));

        using var response = await web.Client.GetAsync("/api/articles/xss-notice", Cancel);
        var raw = await response.Content.ReadAsStringAsync(Cancel);
        var document = JsonDocument.Parse(raw).RootElement.GetProperty("document");
        var text = string.Join("\n", document.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script>document.title='pwned'</script>", text, StringComparison.Ordinal);
        Assert.Equal("Harbour notice <script>window.pwned=1</script>", document.GetProperty("title").GetString());
        Assert.Contains("<img src=x onerror=\"window.pwned=1\">", text, StringComparison.Ordinal);
        Assert.Contains("href=\"javascript:window.pwned=1\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("window.pwned = 1;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
    }
}
