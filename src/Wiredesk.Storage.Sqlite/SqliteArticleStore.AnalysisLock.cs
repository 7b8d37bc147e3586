using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore : IAnalysisLock
{
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(50);

    /// <inheritdoc/>
    /// <remarks>
    /// The lock is an exclusive lock on a small file beside the store (<c>wiredesk.db-reuse.lock</c> for the reuse stage),
    /// taken by every process that opens the store; the operating system releases it when the holder exits, however it
    /// exits. The file itself stays, empty.
    /// </remarks>
    public async Task<IAsyncDisposable> LockStageAsync(string stage, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var path = $"{Path.GetFullPath(FilePath)}-{stage}.lock";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or FileNotFoundException or PathTooLongException))
            {
                // Another holder has the file open: wait and try again.
                await Task.Delay(LockPollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
