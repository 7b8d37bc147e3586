using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Wiredesk.Storage.Sqlite;
using Wiredesk.Web.Hosting;

namespace Wiredesk.Web.Tests.Support;

/// <summary>The server in a test host over a real SQLite store in a temporary file, with the test articles posted once.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wiredesk-web-").FullName;
    private SqliteArticleStore? _store;
    private Factory? _factory;

    /// <summary>Small limits, so that oversized bodies are cheap to send.</summary>
    public static WebServerOptions Options { get; } = new() { MaxRequestBytes = 256 * 1024, MaxArticleChars = 20_000 };

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The store the server reads, for tests that change it behind the server's back.</summary>
    public SqliteArticleStore Store => _store ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>A client of the test server that does not follow redirects, to see them.</summary>
    public HttpClient ClientSeeingRedirects() =>
        (_factory ?? throw new InvalidOperationException("the fixture is not initialised")).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async ValueTask InitializeAsync()
    {
        _store = await SqliteArticleStore.OpenAsync(Path.Combine(_folder, "web.db"), CancellationToken.None);
        _factory = new Factory(_store);
        Client = _factory.CreateClient();
        using var posted = await Client.PostAsync("/api/articles", new StringContent(TestArticles.JsonArray(), Encoding.UTF8, "application/json"));
        posted.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).Clone();
    }

    /// <summary>Waits (up to a minute) until the background entity index covers every story.</summary>
    public async Task WaitForEntityIndexAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            var health = await GetJsonAsync("/health");
            if (health.GetProperty("entityIndexStories").GetInt32() >= health.GetProperty("stories").GetInt32())
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail("the entity index did not cover every story within a minute");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A folder left in the temp directory is harmless.
        }
    }

    private sealed class Factory(SqliteArticleStore store) : WebApplicationFactory<WebFixture>
    {
        // The server needs no content root (its pages are embedded); this keeps the factory from looking for a source folder.
        static Factory() => Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WIREDESK_WEB_TESTS", AppContext.BaseDirectory);

        protected override IHostBuilder CreateHostBuilder() => WiredeskServer.CreateHostBuilder(store, Options);
    }
}
