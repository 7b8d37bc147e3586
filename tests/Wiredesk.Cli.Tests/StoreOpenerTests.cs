namespace Wiredesk.Cli.Tests;

public sealed class StoreOpenerTests
{
    [Fact]
    public async Task A_PostgreSQL_database_that_cannot_be_reached_is_a_clear_error_without_its_password()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();
        var console = new CliConsole(output, error, input, ShowProgress: false);

        var exit = await WiredeskCli.RunAsync(["stories", "--db", "postgres://wire:hunter2@127.0.0.1:1/news?connect_timeout=2"], console, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.StoreFailed, exit);
        Assert.StartsWith("postgres://wire@127.0.0.1:1/news: error: the store could not be opened", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://wire@db.example/news", "postgres://wire@db.example:5432/news")]
    [InlineData("Host=db.example;Username=wire;Password=hunter2;Database=news", "postgres://wire@db.example:5432/news")]
    [InlineData("stores/news.db", "stores/news.db")]
    public void Stores_are_described_by_path_or_by_database_without_password(string db, string expected)
    {
        Assert.Equal(expected, StoreOpener.Describe(db));
    }
}
