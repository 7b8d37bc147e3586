using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Wiredesk.Storage.Sqlite.Migrations;

/// <summary>
/// Brings a store file up to the newest schema this code knows. The applied versions are kept in
/// <c>schema_migrations</c> (the source of truth) and mirrored in <c>PRAGMA user_version</c> for outside tools.
/// Each migration runs in its own <c>BEGIN IMMEDIATE</c> transaction and re-reads the version inside it,
/// so two processes opening the same new file at once apply each step exactly once.
/// </summary>
internal static class Migrator
{
    /// <summary>Switches the file to write-ahead logging and applies every migration it lacks.</summary>
    /// <param name="connection">An open connection to the file.</param>
    /// <param name="fileName">The file's name as the user gave it, for error messages.</param>
    /// <param name="migrations">The known migrations, in version order.</param>
    /// <param name="clock">Stamps <c>applied_at</c>.</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    /// <exception cref="InvalidOperationException">The file's schema is newer than <paramref name="migrations"/>.</exception>
    /// <exception cref="InvalidDataException">The file is a SQLite database of some other application.</exception>
    public static async Task ApplyAsync(
        SqliteConnection connection, string fileName, IReadOnlyList<Migration> migrations, TimeProvider clock, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        await EnsureHistoryTableAsync(connection, fileName, cancellationToken).ConfigureAwait(false);

        var latest = migrations[^1].Version;
        var version = await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        ThrowIfTooNew(version, latest, fileName);

        foreach (var migration in migrations)
        {
            if (migration.Version <= version)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                ThrowIfTooNew(version, latest, fileName);
                if (migration.Version <= version)
                {
                    continue;
                }

                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
                await RecordAsync(connection, transaction, migration, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                version = migration.Version;
            }
        }
    }

    private static async Task EnsureHistoryTableAsync(SqliteConnection connection, string fileName, CancellationToken cancellationToken)
    {
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            var tables = await CountTablesAsync(connection, transaction, """
                SELECT count(*) FILTER (WHERE name = 'schema_migrations'), count(*)
                FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
                """, cancellationToken).ConfigureAwait(false);
            if (tables.History > 0)
            {
                return;
            }

            if (tables.All > 0)
            {
                throw new InvalidDataException(
                    $"{fileName} is a SQLite database but not a Wiredesk store (it has tables and no schema_migrations). Give Wiredesk a new or empty file.");
            }

            await ExecuteAsync(connection, transaction, """
                CREATE TABLE schema_migrations (
                    version    INTEGER NOT NULL PRIMARY KEY,
                    name       TEXT    NOT NULL,
                    applied_at TEXT    NOT NULL
                );
                """, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<(long History, long All)> CountTablesAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations;";
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task RecordAsync(
        SqliteConnection connection, SqliteTransaction transaction, Migration migration, DateTimeOffset appliedAt, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // PRAGMA takes no parameters; the version is an integer from this assembly, never from input.
        command.CommandText = $"""
            INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $appliedAt);
            PRAGMA user_version = {migration.Version.ToString(CultureInfo.InvariantCulture)};
            """;
        command.Parameters.AddWithValue("$version", migration.Version);
        command.Parameters.AddWithValue("$name", migration.Name);
        command.Parameters.AddWithValue("$appliedAt", appliedAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void ThrowIfTooNew(int version, int latest, string fileName)
    {
        if (version > latest)
        {
            throw new InvalidOperationException(
                $"{fileName} has schema version {version}; this Wiredesk knows up to {latest}. Upgrade Wiredesk.");
        }
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
