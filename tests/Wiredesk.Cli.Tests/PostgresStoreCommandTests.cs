using System.Text;
using Npgsql;
using Wiredesk.Cli.Tests.Support;

namespace Wiredesk.Cli.Tests;

/// <summary>The commands against a PostgreSQL store (on the server named by WIREDESK_TEST_PG), giving what they give on SQLite.</summary>
public sealed class PostgresStoreCommandTests : IAsyncLifetime
{
    private const string Variable = "WIREDESK_TEST_PG";
    private readonly string _database = "wiredesk_cli_test_" + Guid.NewGuid().ToString("N");
    private readonly CliRun _sqlite = new();
    private NpgsqlConnectionStringBuilder? _server;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Db => new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = _database }.ConnectionString;

    private NpgsqlConnectionStringBuilder Server => _server ?? throw new InvalidOperationException("Not initialised.");

    public ValueTask InitializeAsync()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(value), $"{Variable} is not set, so the commands are not tested against PostgreSQL: set it to an Npgsql connection string for a superuser on a throw-away server.");
        _server = new NpgsqlConnectionStringBuilder(value);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _sqlite.Dispose();
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(Ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE);", connection);
            await drop.ExecuteNonQueryAsync(Ct);
        }
    }

    [Fact]
    public async Task Ingest_analyze_stories_show_and_search_on_PostgreSQL_give_what_they_give_on_SQLite()
    {
        var (ingestExit, ingested, ingestError) = await RunAsync("ingest", Repository.Samples, "--json");
        Assert.True(ingestExit == 0, ingestError);
        Assert.True(CliRun.Json(ingested).GetProperty("added").GetInt32() >= 10, ingested);

        var (analyzeExit, _, analyzeError) = await RunAsync("analyze", Repository.Samples, "--json");
        Assert.True(analyzeExit == 0, analyzeError);
        await _sqlite.RunAsync("analyze", Repository.Samples, "--json");

        var (storiesExit, stories, _) = await RunAsync("stories", "--json");
        Assert.Equal(0, storiesExit);
        Assert.Equal((await _sqlite.RunAsync("stories", "--json")).Out, stories);
        var story = CliRun.Json(stories).GetProperty("stories")[0].GetProperty("id").GetString()!;

        var (showExit, shown, _) = await RunAsync("show", story);
        Assert.Equal(0, showExit);
        Assert.Contains($"Story {story}", shown, StringComparison.Ordinal);
        Assert.Equal((await _sqlite.RunAsync("show", story, "--json")).Out, (await RunAsync("show", story, "--json")).Out);

        var (searchExit, found, _) = await RunAsync("search", "ferry");
        Assert.Equal(0, searchExit);
        Assert.Contains("[ferry]", found, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(""));
        var console = new CliConsole(output, error, input, ShowProgress: false);
        var exit = await WiredeskCli.RunAsync([.. args, "--db", Db], console, Ct);
        return (exit, output.ToString(), error.ToString());
    }
}
