using Wiredesk.Core.Storage;

namespace Wiredesk.Web.Catalog;

/// <summary>
/// The story list as of the store's current version, read once per version and shared by every request, so that listing
/// and filtering never touch the store while nothing changes.
/// </summary>
internal sealed class StoryCatalog(IArticleStore store, StoreVersion version) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StorySnapshot? _snapshot;

    public async ValueTask<StorySnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var wanted = version.Value;
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && snapshot.Version == wanted)
        {
            return snapshot;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = _snapshot;
            if (snapshot is not null && snapshot.Version == wanted)
            {
                return snapshot;
            }

            var stories = store is IStoryStore storyStore ? await storyStore.StoriesAsync(cancellationToken).ConfigureAwait(false) : [];
            snapshot = new StorySnapshot(wanted, stories);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
