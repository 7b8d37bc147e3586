using Microsoft.Data.Sqlite;

namespace Wiredesk.Storage.Sqlite;

/// <summary>Prepared-command helpers the writers share: a command in a transaction, parameters bound by name.</summary>
internal static class SqlCommands
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static void Bind(SqliteCommand command, (string Name, object? Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    public static Task<object?> ScalarAsync(SqliteCommand command, CancellationToken cancellationToken, params (string, object?)[] values)
    {
        Bind(command, values);
        return command.ExecuteScalarAsync(cancellationToken);
    }

    public static Task<int> ExecuteAsync(SqliteCommand command, CancellationToken cancellationToken, params (string, object?)[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
