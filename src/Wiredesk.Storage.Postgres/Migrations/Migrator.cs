using System.Globalization;
using Npgsql;

namespace Wiredesk.Storage.Postgres.Migrations;

/// <summary>
/// Brings a database up to the newest schema this code knows. The applied versions are kept in
/// <c>schema_migrations</c>, with the same numbering as the SQLite store. Every process opening the store takes one
/// advisory lock for the whole check, so two processes opening a new database at once apply each step exactly once;
/// each step runs in its own transaction.
/// </summary>
internal static class Migrator
{
    /// <summary>Applies every migration the database lacks.</summary>
    /// <param name="dataSource">Connections to the database.</param>
    /// <param name="name">The database's name as the user should see it, for error messages.</param>
    /// <param name="migrations">The known migrations, in version order.</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    /// <exception cref="InvalidOperationException">The schema is newer than <paramref name="migrations"/>.</exception>
    /// <exception cref="InvalidDataException">The database's schema holds the tables of some other application.</exception>
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string name, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        var held = await AdvisoryLocks.HoldAsync(dataSource, AdvisoryLocks.Migrations, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await EnsureHistoryTableAsync(connection, name, cancellationToken).ConfigureAwait(false);
                var latest = migrations[^1].Version;
                var version = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
                ThrowIfTooNew(version, latest, name);
                foreach (var migration in migrations.Where(m => m.Version > version))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        using (var step = new NpgsqlCommand(migration.Sql, connection, transaction))
                        {
                            await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                        }

                        using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, now());", connection, transaction))
                        {
                            record.Parameters.Add(new NpgsqlParameter<int>("version", migration.Version));
                            record.Parameters.Add(new NpgsqlParameter<string>("name", migration.Name));
                            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                        }

                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    private static async Task EnsureHistoryTableAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        using var count = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE tablename = 'schema_migrations'), count(*)
            FROM pg_tables WHERE schemaname = current_schema();
            """, connection);
        long history, all;
        var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (history, all) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        if (history > 0)
        {
            return;
        }

        if (all > 0)
        {
            throw new InvalidDataException(
                $"{name} is not a Wiredesk store: its schema has tables and no schema_migrations. Give Wiredesk a new or empty database (or schema).");
        }

        using var create = new NpgsqlCommand("""
            CREATE TABLE schema_migrations (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL
            );
            """, connection);
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations;", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static void ThrowIfTooNew(int version, int latest, string name)
    {
        if (version > latest)
        {
            throw new InvalidOperationException($"{name} has schema version {version}; this Wiredesk knows up to {latest}. Upgrade Wiredesk.");
        }
    }
}
