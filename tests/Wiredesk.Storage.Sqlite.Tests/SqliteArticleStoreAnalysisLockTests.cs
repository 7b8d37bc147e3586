using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

public sealed class SqliteArticleStoreAnalysisLockTests : IAsyncLifetime
{
    private readonly StoreFile _file = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _file.OpenAsync();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task A_stage_held_by_one_store_waits_for_it_in_another()
    {
        await using var other = await SqliteArticleStore.OpenAsync(_file.Path, Ct);
        var held = await _file.Store.LockStageAsync("reuse", Ct);

        var waiting = other.LockStageAsync("reuse", Ct);
        var otherStage = await other.LockStageAsync("stories", Ct);
        await otherStage.DisposeAsync();
        await Task.Delay(200, Ct);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await (await waiting).DisposeAsync();
        Assert.True(File.Exists(_file.Path + "-reuse.lock"));
    }

    [Fact]
    public async Task Waiting_for_a_held_stage_can_be_cancelled()
    {
        await using var held = await _file.Store.LockStageAsync("stories", Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var waiting = _file.Store.LockStageAsync("stories", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
