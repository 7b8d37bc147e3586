using Orleans.Runtime;

namespace Wiredesk.Cluster.Journal;

/// <summary>A journal segment kept in the cluster's grain storage; it leaves memory as soon as it is idle, since only a replay reads it.</summary>
/// <typeparam name="TEntry">What the owner records.</typeparam>
internal sealed class JournalSegmentGrain<TEntry>([PersistentState("segment", ClusterStorage.Name)] IPersistentState<JournalSegment<TEntry>> state)
    : Grain, IJournalSegmentGrain<TEntry>
{
    public async Task WriteAsync(TEntry[] entries)
    {
        state.State.Entries = entries;
        await state.WriteStateAsync().ConfigureAwait(true);
        DeactivateOnIdle();
    }

    public Task<TEntry[]> ReadAsync()
    {
        DeactivateOnIdle();
        return Task.FromResult(state.State.Entries);
    }
}
