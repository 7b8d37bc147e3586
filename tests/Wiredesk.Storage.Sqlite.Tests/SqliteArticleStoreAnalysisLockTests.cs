using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

public sealed class SqliteArticleStoreAnalysisLockTests : IAsyncLifetime
{
    private readonly StoreFile _file = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _file.OpenAsync();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task A_stage_is_held_by_a_lock_file_beside_the_store_that_stays_after_release()
    {
        var held = await _file.Store.LockStageAsync("reuse", Ct);
        Assert.True(File.Exists(_file.Path + "-reuse.lock"));

        await held.DisposeAsync();

        Assert.True(File.Exists(_file.Path + "-reuse.lock"));
        await (await _file.Store.LockStageAsync("reuse", Ct)).DisposeAsync();
    }
}
