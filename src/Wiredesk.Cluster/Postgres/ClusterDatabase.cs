using Npgsql;

namespace Wiredesk.Cluster.Postgres;

/// <summary>
/// The PostgreSQL database a cluster's members share, one per silo or client process: a pooled data source and the
/// tables, created once on first use (tried again on a later use when the database could not be reached).
/// </summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Task? _tables;

    public ClusterDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Source = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>Where connections come from.</summary>
    public NpgsqlDataSource Source { get; }

    /// <summary>Opens a connection once the tables exist.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await TablesAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return await Source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    // One creation at a time; a failed one (the database down for a moment) is not kept, so the next use tries again.
    private Task TablesAsync()
    {
        lock (_gate)
        {
            if (_tables is null || _tables.IsFaulted || _tables.IsCanceled)
            {
                _tables = ClusterTables.EnsureAsync(Source, CancellationToken.None);
            }

            return _tables;
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
