using Npgsql;

namespace Wiredesk.Storage.Postgres.Tests.Support;

/// <summary>
/// The throw-away PostgreSQL server named by <c>WIREDESK_TEST_PG</c> (an Npgsql connection string for a superuser).
/// Tests make databases of their own on it and drop them; without the variable they skip.
/// </summary>
internal static class TestServer
{
    public const string Variable = "WIREDESK_TEST_PG";

    /// <summary>The server's connection string, or a skip saying how to give one.</summary>
    public static NpgsqlConnectionStringBuilder Admin()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Skip($"{Variable} is not set, so the PostgreSQL store is not tested: set it to an Npgsql connection string for a superuser on a throw-away server, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres.");
        }

        return new NpgsqlConnectionStringBuilder(value);
    }

    /// <summary>A database name no other test uses.</summary>
    public static string NewDatabaseName() => "wiredesk_test_" + Guid.NewGuid().ToString("N");

    /// <summary>The connection string of <paramref name="database"/> on the test server.</summary>
    public static string ConnectionString(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(Admin().ConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    public static Task CreateDatabaseAsync(string database) => AdminAsync($"CREATE DATABASE \"{database}\";");

    public static Task DropDatabaseAsync(string database) => AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE);");

    public static async Task<bool> DatabaseExistsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin().ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name;", connection);
        command.Parameters.AddWithValue("name", database);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))! > 0;
    }

    /// <summary>Runs <paramref name="sql"/> in <paramref name="database"/>.</summary>
    public static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database, pooling: false));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin().ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
