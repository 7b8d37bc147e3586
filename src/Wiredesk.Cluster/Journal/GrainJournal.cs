using Orleans.Runtime;

namespace Wiredesk.Cluster.Journal;

/// <summary>
/// The journal of one grain: its head (the number of segments, in the grain's own storage) and the segments, one
/// grain each. A grain replays the segments when it is activated and appends one per call that changed its state,
/// before it answers: an answer given is never lost with a silo. A failed append leaves the grain to be activated
/// again from what was stored.
/// </summary>
/// <typeparam name="TEntry">What the owner records.</typeparam>
internal sealed class GrainJournal<TEntry>(IGrainFactory grains, IPersistentState<JournalHead> head, string owner)
{
    private const int ParallelReads = 8;

    /// <summary>Reads every segment, in order, and hands each to <paramref name="apply"/>.</summary>
    public async Task ReplayAsync(Action<TEntry[]> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        for (var first = 0; first < head.State.Segments; first += ParallelReads)
        {
            var count = Math.Min(ParallelReads, head.State.Segments - first);
            var reads = Enumerable.Range(first, count).Select(n => Segment(n).ReadAsync()).ToList();
            foreach (var read in reads)
            {
                apply(await read.ConfigureAwait(true));
            }
        }
    }

    /// <summary>Writes <paramref name="entries"/> as the next segment, then the head that counts it.</summary>
    public async Task AppendAsync(TEntry[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await Segment(head.State.Segments).WriteAsync(entries).ConfigureAwait(true);
        head.State.Segments++;
        try
        {
            await head.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            head.State.Segments--;
            throw;
        }
    }

    private IJournalSegmentGrain<TEntry> Segment(int number) =>
        grains.GetGrain<IJournalSegmentGrain<TEntry>>(owner + "/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
