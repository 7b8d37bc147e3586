using System.Net;
using System.Text;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests;

/// <summary>A story merged into another keeps its address. A fixture of its own: the merge changes the store.</summary>
public sealed class MergedStoryEndpointsTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_merged_storys_address_redirects_permanently_to_the_story_that_holds_its_articles()
    {
        var stories = await web.Store.StoriesAsync(Cancel);
        var ferry = stories.Single(s => s.Documents.Contains(TestArticles.HarborId));
        var library = stories.Single(s => s.Documents.Contains(TestArticles.LibraryId));
        // Saved as the story stage saves a merge: the members move, the younger id goes, the survivor is rewritten.
        await web.Store.SaveStoriesAsync([], [(library.Id, ferry.Id)], [ferry with { Documents = [.. ferry.Documents, .. library.Documents] }], Cancel);
        // A new article moves the server's view of the store on, as any ingest does.
        var weather = """[{"id":"weather-warning","source":"Elmbridge Echo","published":"2026-03-04","title":"Gale warning for the coast","text":"Forecasters issued a gale warning for the whole coast on Wednesday, with gusts of up to 70 miles an hour expected overnight and heavy rain inland."}]""";
        using (var posted = await web.Client.PostAsync("/api/articles", new StringContent(weather, Encoding.UTF8, "application/json"), Cancel))
        {
            posted.EnsureSuccessStatusCode();
        }

        using var client = web.ClientSeeingRedirects();
        foreach (var tail in new[] { "", "/documents" })
        {
            using var response = await client.GetAsync($"/api/stories/{library.Id}{tail}", Cancel);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/api/stories/{ferry.Id}{tail}", response.Headers.Location?.OriginalString);
        }

        var followed = await web.GetJsonAsync("/api/stories/" + library.Id);
        Assert.Equal(ferry.Id, followed.GetProperty("id").GetString());
        Assert.Contains(TestArticles.LibraryId, followed.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        var listed = (await web.GetJsonAsync("/api/stories")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain(library.Id, listed);
        Assert.Contains(ferry.Id, listed);
    }
}
