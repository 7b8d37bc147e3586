namespace Wiredesk.Cluster;

/// <summary>The name of the grain storage every Wiredesk grain keeps its state in (memory, PostgreSQL or what a host registers).</summary>
public static class ClusterStorage
{
    /// <summary>The storage provider's name.</summary>
    public const string Name = "wiredesk";
}
