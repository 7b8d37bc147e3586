namespace Wiredesk.Cluster.Journal;

/// <summary>The stored state of a journal's owner: how many segments it has written.</summary>
[GenerateSerializer]
public sealed class JournalHead
{
    /// <summary>Segments written, numbered from 0.</summary>
    [Id(0)]
    public int Segments { get; set; }
}
