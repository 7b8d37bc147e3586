using System.Data.Common;
using Microsoft.Data.Sqlite;
using Wiredesk.Core.Storage;
using Wiredesk.Storage.Contract;

namespace Wiredesk.Storage.Sqlite.Tests.Support;

/// <summary>A SQLite store on a fresh file in a temporary folder, deleted afterwards.</summary>
internal sealed class SqliteHarness : StoreHarness
{
    private readonly TempDirectory _directory = new();

    public override string Db => _directory.File("wiredesk.db");

    public override Task PrepareAsync() => Task.CompletedTask;

    protected override async Task<IArticleStore> OpenInstanceAsync() => await SqliteArticleStore.OpenAsync(Db, TestContext.Current.CancellationToken);

    protected override async Task<DbConnection> ConnectAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    protected override Task DropAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
