using System.Net;
using System.Text.Json;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests;

public sealed class StoryEndpointsTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonElement> FerryStoryAsync()
    {
        var list = await web.GetJsonAsync("/api/stories?source=Northgate%20Post");
        return Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_list_is_newest_first_with_counts()
    {
        var list = await web.GetJsonAsync("/api/stories");
        var items = list.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(3, items[0].GetProperty("articles").GetInt32());
        Assert.Equal(1, items[0].GetProperty("copies").GetInt32());
        Assert.Equal("Council approves new central library", items[1].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_split_the_list()
    {
        var second = await web.GetJsonAsync("/api/stories?page=2&pageSize=1");

        Assert.Equal(2, second.GetProperty("total").GetInt32());
        Assert.Equal("Council approves new central library", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("?from=2026-03-01", 1)]
    [InlineData("?to=2026-02-28", 1)]
    [InlineData("?from=2026-02-01&to=2026-03-31", 2)]
    [InlineData("?from=2027-01-01", 0)]
    [InlineData("?source=elmbridge%20echo", 1)]
    [InlineData("?source=Nobody%20Daily", 0)]
    public async Task Filters_by_date_range_and_source(string query, int expected)
    {
        var list = await web.GetJsonAsync("/api/stories" + query);

        Assert.Equal(expected, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filters_by_entity_id_and_name()
    {
        await web.WaitForEntityIndexAsync();
        var story = await web.GetJsonAsync("/api/stories/" + (await FerryStoryAsync()).GetProperty("id").GetString());
        var okafor = story.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString()!.Contains("Okafor", StringComparison.Ordinal));

        var byId = await web.GetJsonAsync("/api/stories?entity=" + okafor.GetProperty("id").GetString());
        var byName = await web.GetJsonAsync("/api/stories?entity=" + Uri.EscapeDataString(okafor.GetProperty("name").GetString()!.ToUpperInvariant()));

        Assert.Equal(story.GetProperty("id").GetString(), Assert.Single(byId.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(1, byName.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=1000")]
    [InlineData("?from=March%201")]
    [InlineData("?page=abc")]
    public async Task Bad_list_parameters_are_400_problems(string query)
    {
        using var response = await web.Client.GetAsync("/api/stories" + query, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_story_is_the_reports_story_object()
    {
        var id = (await FerryStoryAsync()).GetProperty("id").GetString();
        var story = await web.GetJsonAsync("/api/stories/" + id);

        Assert.Equal(3, story.GetProperty("documents").GetArrayLength());
        Assert.Contains(TestArticles.ValleyCopyId, story.GetProperty("copies").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(story.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("outlets").GetInt32() >= 2);
        Assert.NotEmpty(story.GetProperty("timeline").EnumerateArray());
        Assert.NotEmpty(story.GetProperty("summary").EnumerateArray());
        Assert.True(story.TryGetProperty("disagreements", out _));
        Assert.NotEmpty(story.GetProperty("times").EnumerateArray());
    }

    [Fact]
    public async Task A_storys_documents_say_who_copied_whom()
    {
        var id = (await FerryStoryAsync()).GetProperty("id").GetString();
        var documents = await web.GetJsonAsync($"/api/stories/{id}/documents");

        Assert.Contains(documents.GetProperty("documents").EnumerateArray(), d => d.GetProperty("id").GetString() == TestArticles.ValleyCopyId && d.GetProperty("isCopy").GetBoolean());
        var copy = Assert.Single(documents.GetProperty("relations").EnumerateArray(), r => r.GetProperty("kind").GetString() == "duplicate");
        Assert.Equal(TestArticles.HarborId, copy.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("/api/stories/s-000000000000")]
    [InlineData("/api/stories/s-000000000000/documents")]
    public async Task An_unknown_story_is_a_404_problem(string path)
    {
        using var response = await web.Client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such story", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
