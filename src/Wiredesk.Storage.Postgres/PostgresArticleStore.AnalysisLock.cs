using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

public sealed partial class PostgresArticleStore : IAnalysisLock
{
    /// <inheritdoc/>
    /// <remarks>
    /// A PostgreSQL session advisory lock, held on a connection of its own: every process using the database sees it,
    /// and the server releases it if the holder dies.
    /// </remarks>
    public Task<IAsyncDisposable> LockStageAsync(string stage, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return AdvisoryLocks.HoldAsync(_dataSource, "stage:" + stage, cancellationToken);
    }
}
