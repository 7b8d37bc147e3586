using System.Net;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests;

public sealed class EntityEndpointsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task An_entity_lists_its_names_stories_and_articles()
    {
        await web.WaitForEntityIndexAsync();
        var entity = await web.GetJsonAsync("/api/entities/" + Uri.EscapeDataString("Maria Okafor"));
        var byId = await web.GetJsonAsync("/api/entities/" + entity.GetProperty("id").GetString());

        Assert.Equal("person", entity.GetProperty("type").GetString());
        Assert.Contains(TestArticles.HarborId, entity.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains(TestArticles.NorthgateId, entity.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Single(entity.GetProperty("stories").EnumerateArray());
        Assert.Equal(entity.GetProperty("name").GetString(), byId.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_entity_is_a_404_problem()
    {
        using var response = await web.Client.GetAsync("/api/entities/e-nobody", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("indexed so far", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
