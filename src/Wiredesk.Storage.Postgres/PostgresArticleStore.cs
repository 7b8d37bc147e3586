using Npgsql;
using Wiredesk.Core.Storage;
using Wiredesk.Storage.Postgres.Migrations;

namespace Wiredesk.Storage.Postgres;

/// <summary>
/// The shared store: the same tables as the SQLite store in a PostgreSQL database, with a <c>tsvector</c> index over
/// titles and body text. Any number of stores, in any number of processes and machines, may use one database at once:
/// every call takes a pooled connection, each save is one transaction, ingest takes a lock per content hash and per id
/// (so the same article saved by two writers at once is stored once), and each analysis stage is held by one process
/// at a time (see <see cref="IAnalysisLock"/>).
/// </summary>
public sealed partial class PostgresArticleStore : IArticleStore
{
    private const string InvalidCatalogName = "3D000";
    private const string DuplicateDatabase = "42P04";
    private const int Attempts = 5;

    private readonly NpgsqlDataSource _dataSource;
    private bool _disposed;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string name)
    {
        _dataSource = dataSource;
        Name = name;
    }

    /// <summary>The database, as <c>postgres://user@host:port/database</c> (never with its password).</summary>
    public string Name { get; }

    /// <summary>
    /// Opens the store in the database named by <paramref name="db"/>, creating the database when it is missing (if the
    /// user may), and brings its schema up to date.
    /// </summary>
    /// <param name="db">A URI (<c>postgres://user:password@host:port/database</c>) or an Npgsql keyword string (<c>Host=…;Database=…</c>).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="ArgumentException"><paramref name="db"/> is neither.</exception>
    /// <exception cref="InvalidDataException">The database's schema holds the tables of another application.</exception>
    /// <exception cref="InvalidOperationException">The database was written by a newer Wiredesk.</exception>
    public static async Task<PostgresArticleStore> OpenAsync(string db, CancellationToken cancellationToken)
    {
        var builder = PostgresConnectionString.Parse(db);
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = string.IsNullOrEmpty(builder.Username) ? "postgres" : builder.Username;
        }

        var name = PostgresConnectionString.Describe(builder);
        var store = new PostgresArticleStore(NpgsqlDataSource.Create(builder), name);
        try
        {
            try
            {
                await Migrator.ApplyAsync(store._dataSource, name, KnownMigrations.All, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == InvalidCatalogName)
            {
                await CreateDatabaseAsync(builder, name, cancellationToken).ConfigureAwait(false);
                await Migrator.ApplyAsync(store._dataSource, name, KnownMigrations.All, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    /// <inheritdoc/>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand("SELECT count(*) FROM articles;", connection);
            return checked((int)(long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!);
        }
    }

    /// <summary>Closes the store's pooled connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it; when the server aborts it to break a deadlock or a
    /// serialisation conflict with another writer (or, with <paramref name="retryOnUniqueViolation"/>, on a unique-key
    /// race), runs it again from the start, up to five times in all.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, bool retryOnUniqueViolation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                try
                {
                    var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        var result = await work(connection, transaction).ConfigureAwait(false);
                        cancellationToken.ThrowIfCancellationRequested();
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return result;
                    }
                }
                catch (PostgresException e) when (attempt < Attempts && IsTransient(e, retryOnUniqueViolation))
                {
                    // Rolled back; wait a little (longer each time, never in step with the other writer) and go again.
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(PostgresException e, bool retryOnUniqueViolation) =>
        e.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
        || (retryOnUniqueViolation && e.SqlState == PostgresErrorCodes.UniqueViolation);

    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder builder, string name, CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var quoted = "\"" + builder.Database!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            using var command = new NpgsqlCommand($"CREATE DATABASE {quoted};", connection);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == DuplicateDatabase)
            {
                // Another process created it first.
            }
            catch (PostgresException e)
            {
                throw new InvalidOperationException($"{name} does not exist and could not be created ({e.MessageText}). Create the database, or give a user that may.", e);
            }
        }
    }

    private static NpgsqlParameter<T> P<T>(string name, T value) => new(name, value);
}
