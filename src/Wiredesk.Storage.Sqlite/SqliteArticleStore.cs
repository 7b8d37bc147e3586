using Microsoft.Data.Sqlite;
using Wiredesk.Core.Storage;
using Wiredesk.Storage.Sqlite.Migrations;

namespace Wiredesk.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in write-ahead-log mode, with an FTS5 index over titles and body text.
/// Safe to use from several tasks at once, and several stores (or processes) may share one file: every call opens
/// its own pooled connection, and writes take the file's write lock up front (<c>BEGIN IMMEDIATE</c>), waiting up to
/// five seconds for another writer.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private readonly string _connectionString;
    private bool _disposed;

    private SqliteArticleStore(string filePath, string connectionString)
    {
        FilePath = filePath;
        _connectionString = connectionString;
    }

    /// <summary>The store's file, as it was given to <see cref="OpenAsync"/>.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Opens the store in <paramref name="path"/>, creating the file (and its folder) when missing,
    /// and brings its schema up to date.
    /// </summary>
    /// <param name="path">A file path. In-memory databases are not supported: use a temporary file.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="InvalidDataException">The file is not a SQLite database, or is the database of another application.</exception>
    /// <exception cref="InvalidOperationException">The file was written by a newer Wiredesk, with a schema this code does not know.</exception>
    public static async Task<SqliteArticleStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.Trim().StartsWith(':') || path.Contains("mode=memory", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{path}' is not a file path. The SQLite store keeps its articles in a file; use a temporary file for throw-away stores.", nameof(path));
        }

        var fullPath = Path.GetFullPath(path);
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();

        var store = new SqliteArticleStore(path, connectionString);
        try
        {
            var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await Migrator.ApplyAsync(connection, path, KnownMigrations.All, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new InvalidDataException($"{path} is not a Wiredesk store: it is not a SQLite database ({e.Message})", e);
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
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles;";
            var count = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return checked((int)(long)count!);
        }
    }

    /// <summary>Closes the store's idle connections to the file, so that the write-ahead log is checkpointed and the file can be moved.</summary>
    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Per-connection settings; journal_mode = WAL is a property of the file, set once by the migrator.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
