namespace Wiredesk.Cluster.Journal;

/// <summary>
/// One segment of a grain's journal: the entries one call added to its state, written once and read back when the
/// owner is activated again (on another silo after a failure, or after it was idle). Writing a segment costs what the
/// call added, not the whole state.
/// </summary>
/// <typeparam name="TEntry">What the owner records.</typeparam>
public interface IJournalSegmentGrain<TEntry> : IGrainWithStringKey
{
    /// <summary>Stores the segment's entries, replacing any written before under the same key.</summary>
    Task WriteAsync(TEntry[] entries);

    /// <summary>The segment's entries (empty when none were written).</summary>
    Task<TEntry[]> ReadAsync();
}
