using Wiredesk.Core.Storage;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

public sealed class SqliteArticleStoreConcurrencyTests : IAsyncLifetime
{
    private readonly StoreFile _file = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task Two_stores_writing_to_one_file_at_once_lose_nothing()
    {
        var first = await SqliteArticleStore.OpenAsync(_file.Path, Ct);
        var second = await SqliteArticleStore.OpenAsync(_file.Path, Ct);
        await using (first)
        await using (second)
        {
            var results = await Task.WhenAll(
                Task.Run(() => SaveOneByOneAsync(first, "first"), Ct),
                Task.Run(() => SaveOneByOneAsync(second, "second"), Ct));

            Assert.All(results.SelectMany(r => r), r => Assert.Equal(SaveStatus.Added, r.Status));
            Assert.Equal(100, await first.CountAsync(Ct));
            Assert.Equal(100, await RawSql.CountAsync(_file.Path, "articles_fts"));
        }
    }

    [Fact]
    public async Task One_store_used_from_many_tasks_at_once_loses_nothing()
    {
        var store = await _file.OpenAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() => SaveOneByOneAsync(store, $"task-{t}", count: 10), Ct)));

        Assert.Equal(80, await store.CountAsync(Ct));
        Assert.Equal(80, (await store.SearchAsync("story", 100, Ct)).Count);
    }

    [Fact]
    public async Task Two_stores_opening_a_new_file_at_once_apply_the_schema_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SqliteArticleStore.OpenAsync(_file.Path, Ct), Ct)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.Equal(Migrations.KnownMigrations.All.Count, await RawSql.CountAsync(_file.Path, "schema_migrations"));
    }

    private static async Task<List<SaveResult>> SaveOneByOneAsync(SqliteArticleStore store, string writer, int count = 50)
    {
        var results = new List<SaveResult>();
        for (var i = 0; i < count; i++)
        {
            results.AddRange(await store.SaveAsync([Some.Article($"{writer}-{i}", topic: $"{writer} story {i}")], Ct));
        }

        return results;
    }
}
