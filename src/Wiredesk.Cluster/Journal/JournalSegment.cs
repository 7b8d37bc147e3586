namespace Wiredesk.Cluster.Journal;

/// <summary>The stored state of a journal segment.</summary>
/// <typeparam name="TEntry">What the owner records.</typeparam>
[GenerateSerializer]
public sealed class JournalSegment<TEntry>
{
    /// <summary>The entries, in the order they were applied.</summary>
    [Id(0)]
    public TEntry[] Entries { get; set; } = [];
}
