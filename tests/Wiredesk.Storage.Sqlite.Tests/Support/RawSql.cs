using Microsoft.Data.Sqlite;

namespace Wiredesk.Storage.Sqlite.Tests.Support;

/// <summary>Looks at (or tampers with) a store file directly, over a connection of its own, unpooled.</summary>
internal static class RawSql
{
    public static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<long> CountAsync(string path, string table) =>
        await ScalarAsync<long>(path, $"SELECT count(*) FROM {table};");

    public static async Task<List<string>> ColumnAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.IsDBNull(0) ? "<null>" : reader.GetValue(0).ToString()!);
        }

        return values;
    }

    public static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
