using Npgsql;

namespace Wiredesk.Cluster.Postgres;

/// <summary>
/// The PostgreSQL database a cluster's members share, one per silo or client process: a pooled data source and the
/// tables, created once on first use.
/// </summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    private readonly Lazy<Task> _tables;

    public ClusterDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Source = NpgsqlDataSource.Create(connectionString);
        _tables = new Lazy<Task>(() => ClusterTables.EnsureAsync(Source, CancellationToken.None));
    }

    /// <summary>Where connections come from.</summary>
    public NpgsqlDataSource Source { get; }

    /// <summary>Opens a connection once the tables exist.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _tables.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await Source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
