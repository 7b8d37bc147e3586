using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests.Browser;

/// <summary>The page in a real headless chromium, against the real server with the repository's samples loaded.</summary>
public sealed class StoryPageBrowserTests : IAsyncLifetime
{
    private LiveServer? _server;
    private ChromeDriver? _browser;

    private LiveServer Server => _server!;

    private ChromeDriver Browser => _browser ??= Chromium.Start();

    public async ValueTask InitializeAsync()
    {
        _server = await LiveServer.StartAsync();
        await Server.PostSamplesAsync();
        await Server.PostAsync("xss-notice", TestArticles.XssHtml, "text/html");
    }

    private void Open(string fragment, string waitFor)
    {
        Browser.Navigate().GoToUrl(new Uri(Server.BaseAddress, "/" + fragment));
        new WebDriverWait(Browser, TimeSpan.FromSeconds(30)).Until(d => d.FindElements(By.CssSelector(waitFor)).Count > 0);
    }

    private async Task<string> BiggestStoryAsync()
    {
        var list = await Server.Client.GetFromJsonAsync<JsonElement>("api/stories?pageSize=100", TestContext.Current.CancellationToken);
        return list.GetProperty("items").EnumerateArray().OrderByDescending(s => s.GetProperty("articles").GetInt32()).First().GetProperty("id").GetString()!;
    }

    [Fact]
    public void The_story_list_shows_the_sample_stories()
    {
        Open("", "#story-list li");

        Assert.True(Browser.FindElements(By.CssSelector("#story-list li")).Count >= 3);
    }

    [Fact]
    public async Task A_story_page_draws_the_timeline_and_the_quote_table()
    {
        Open("#/story/" + await BiggestStoryAsync(), "#timeline-svg");

        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#timeline-svg circle")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#quote-table tbody tr")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#source-matrix tbody tr")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#summary li .cites a")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#entities li")));
    }

    [Fact]
    public async Task The_page_of_a_merged_story_shows_the_story_it_was_merged_into_and_its_address()
    {
        var ct = TestContext.Current.CancellationToken;
        var stories = await Server.Store.StoriesAsync(ct);
        var (survivor, merged) = (stories.MaxBy(s => s.Documents.Count)!, stories.MinBy(s => s.Documents.Count)!);
        // Saved as the story stage saves a merge; a new article then moves the server's view of the store on.
        await Server.Store.SaveStoriesAsync([], [(merged.Id, survivor.Id)], [survivor with { Documents = [.. survivor.Documents, .. merged.Documents] }], ct);
        await Server.PostAsync("gale-warning", "Gale warning for the coast\n\nForecasters issued a gale warning for the whole coast on Wednesday, with gusts of up to 70 miles an hour expected overnight.", "text/plain");

        Open("#/story/" + merged.Id, "#merged-note");

        Assert.Contains(merged.Id, Browser.FindElement(By.Id("merged-note")).Text, StringComparison.Ordinal);
        Assert.EndsWith("#/story/" + survivor.Id, Browser.Url, StringComparison.Ordinal);
        var shown = await Server.Client.GetFromJsonAsync<JsonElement>("api/stories/" + survivor.Id, ct);
        Assert.Equal(shown.GetProperty("title").GetString(), Browser.FindElement(By.Id("story-title")).Text);
    }

    [Fact]
    public async Task A_story_page_draws_who_copied_whom()
    {
        var stories = await Server.Client.GetFromJsonAsync<JsonElement>("api/stories?pageSize=100", TestContext.Current.CancellationToken);
        string? withReuse = null;
        foreach (var story in stories.GetProperty("items").EnumerateArray())
        {
            var id = story.GetProperty("id").GetString()!;
            var documents = await Server.Client.GetFromJsonAsync<JsonElement>($"api/stories/{id}/documents", TestContext.Current.CancellationToken);
            if (documents.GetProperty("relations").GetArrayLength() > 0)
            {
                withReuse = id;
                break;
            }
        }

        Assert.NotNull(withReuse);
        Open("#/story/" + withReuse, "#reuse-graph");

        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#reuse-graph line.edge")));
        Assert.True(Browser.FindElements(By.CssSelector("#reuse-graph circle.node")).Count >= 2);
    }

    [Fact]
    public void An_article_shows_its_text_with_highlights()
    {
        Open("#/article/harborwire-ferry-collision", "#article-text");

        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#article-text span.hl-quote")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#article-text span.hl-entity")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#article-text span.hl-time")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#article-text span.hl-reuse")));
    }

    [Fact]
    public void An_article_carrying_script_payloads_runs_none_of_them()
    {
        Open("#/article/xss-notice", "#article-text");
        Open("#/search?q=harbour%20timetable", "#search-results li");
        Open("#/article/xss-notice", "#article-text");
        var text = Browser.FindElement(By.Id("article-text")).Text;

        Assert.Contains("<script>document.title='pwned'</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.pwned=1\">", text, StringComparison.Ordinal);
        Assert.Equal("undefined", Browser.ExecuteScript("return typeof window.pwned"));
        Assert.NotEqual("pwned", Browser.Title);
        Assert.StartsWith("Wiredesk: Harbour notice", Browser.Title, StringComparison.Ordinal);
        Assert.Equal(1L, Browser.ExecuteScript("return document.querySelectorAll('script').length"));
        Assert.Equal(0L, Browser.ExecuteScript("return document.querySelectorAll('#view img, #view [onerror], #view [onmouseover], a[href^=\"javascript:\"]').length"));
    }

    public async ValueTask DisposeAsync()
    {
        _browser?.Quit();
        _browser?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
