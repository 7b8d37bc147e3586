namespace Wiredesk.Storage.Sqlite.Tests.Support;

/// <summary>A store on a fresh file in a temp folder; closes the store and deletes the folder on dispose.</summary>
internal sealed class StoreFile : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private SqliteArticleStore? _store;

    public string Path => _directory.File("wiredesk.db");

    public SqliteArticleStore Store => _store ?? throw new InvalidOperationException("Call OpenAsync first.");

    public async Task<SqliteArticleStore> OpenAsync()
    {
        _store = await SqliteArticleStore.OpenAsync(Path, TestContext.Current.CancellationToken);
        return _store;
    }

    /// <summary>Closes the store, as a process exiting would.</summary>
    public async Task CloseAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
            _store = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _directory.Dispose();
    }
}
