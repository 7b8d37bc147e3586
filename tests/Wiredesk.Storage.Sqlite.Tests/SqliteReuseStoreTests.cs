using Microsoft.Data.Sqlite;
using Wiredesk.Core.Documents;
using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Contract.Support;
using Wiredesk.Storage.Sqlite.Migrations;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

/// <summary>The reuse-store contract on a SQLite file, and how a file written before the reuse index is upgraded.</summary>
public sealed class SqliteReuseStoreTests : ReuseStoreContract
{
    [Fact]
    public async Task A_new_store_has_the_reuse_tables()
    {
        await using var file = new StoreFile();
        await file.OpenAsync();

        var tables = await RawSql.ColumnAsync(file.Path, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'reuse\\_%' ESCAPE '\\' ORDER BY name;");
        Assert.Equal(["reuse_keys", "reuse_passages", "reuse_relations", "reuse_signatures"], tables);
        Assert.Equal(6, await RawSql.ScalarAsync<long>(file.Path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task Opening_a_store_written_before_reuse_adds_the_tables_and_leaves_its_articles_pending()
    {
        await using var file = new StoreFile();
        var old = Some.Article();
        await WriteVersionOneStoreAsync(file.Path, old);

        await file.OpenAsync();

        Assert.Equal(["1 initial schema", "2 text reuse index", "3 stories", "4 story merges", "5 story snapshot", "6 story members by document"], await RawSql.ColumnAsync(file.Path, "SELECT version || ' ' || name FROM schema_migrations ORDER BY version;"));
        Assert.Equal(6, await RawSql.ScalarAsync<long>(file.Path, "PRAGMA user_version;"));
        Assert.Equal([old.ContentHash], await file.Store.PendingReuseAsync(Ct));
        var read = await file.Store.GetByHashAsync(old.ContentHash, Ct);
        Assert.NotNull(read);
        Assert.Equal(old.Paragraphs, read.Paragraphs);
        Assert.Equal(old, read with { Paragraphs = old.Paragraphs });
    }

    protected override StoreHarness CreateHarness() => new SqliteHarness();

    /// <summary>Writes a store file as the code before text reuse did: migration 1 only, one article.</summary>
    private static async Task WriteVersionOneStoreAsync(string path, Document article)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await Migrator.ApplyAsync(connection, path, [Migration001InitialSchema.Value], TimeProvider.System, Ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        using (var writer = new ArticleWriter(connection, transaction))
        {
            await writer.SaveAsync(article, Ct);
        }

        await transaction.CommitAsync(Ct);
    }
}
