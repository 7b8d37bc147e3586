using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Contract;

/// <summary>
/// The base of every contract test class: each test gets a fresh store from <see cref="CreateHarness"/>, opened before
/// the test unless <see cref="OpensOnStart"/> says otherwise. A store kind runs the contract by deriving one class per
/// contract class that only says how to make its harness.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreHarness? _harness;

    /// <summary>This test's store.</summary>
    protected StoreHarness Harness => _harness ?? throw new InvalidOperationException("The harness is made before each test.");

    /// <summary>The opened store.</summary>
    protected IArticleStore Store => Harness.Store;

    /// <summary>The opened store's reuse index.</summary>
    protected IReuseStore ReuseStore => (IReuseStore)Store;

    /// <summary>The opened store's stories.</summary>
    protected IStoryStore StoryStore => (IStoryStore)Store;

    /// <summary>Whether the store is opened before each test.</summary>
    protected virtual bool OpensOnStart => true;

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _harness = CreateHarness();
        await _harness.PrepareAsync();
        if (OpensOnStart)
        {
            await _harness.OpenAsync();
            await SeedAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>What a test class stores before each of its tests.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>A harness for a fresh store of the kind under test.</summary>
    protected abstract StoreHarness CreateHarness();
}
