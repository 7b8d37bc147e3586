using System.Data.Common;
using Npgsql;
using Wiredesk.Core.Storage;
using Wiredesk.Storage.Contract;

namespace Wiredesk.Storage.Postgres.Tests.Support;

/// <summary>A PostgreSQL store in a database of its own on the test server, dropped afterwards.</summary>
internal sealed class PostgresHarness : StoreHarness
{
    private readonly string _database = TestServer.NewDatabaseName();
    private bool _created;

    public override string Db => TestServer.ConnectionString(_database);

    public override async Task PrepareAsync()
    {
        await TestServer.CreateDatabaseAsync(_database);
        _created = true;
    }

    protected override async Task<IArticleStore> OpenInstanceAsync() => await PostgresArticleStore.OpenAsync(Db, TestContext.Current.CancellationToken);

    protected override async Task<DbConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection(TestServer.ConnectionString(_database, pooling: false));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    protected override async Task DropAsync()
    {
        if (_created)
        {
            await TestServer.DropDatabaseAsync(_database);
        }
    }
}
