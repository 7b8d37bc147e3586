using System.Net;
using Wiredesk.Web.Tests.Support;

namespace Wiredesk.Web.Tests;

public sealed class WebStartupTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_reports_the_store()
    {
        var health = await web.GetJsonAsync("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("articles").GetInt32() >= 4);
        Assert.True(health.GetProperty("stories").GetInt32() >= 2);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var document = await web.GetJsonAsync("/openapi.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["/api/articles", "/api/articles/{id}", "/api/entities/{id}", "/api/search", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/documents", "/health"],
            paths.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/health")]
    [InlineData("/api/stories/missing")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await web.Client.GetAsync(path, Cancel);

        Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_page_loads_its_script_from_a_file_and_has_no_inline_script()
    {
        var html = await web.Client.GetStringAsync("/", Cancel);

        Assert.Contains("<script type=\"module\" src=\"app.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotMatch("\\son[a-z]+\\s*=", html);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var response = await web.Client.GetAsync("/api/nothing-here", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
