namespace Wiredesk.Cluster;

/// <summary>How a client spreads the analysis over a cluster.</summary>
public sealed record ClusterAnalysisOptions
{
    /// <summary>The defaults.</summary>
    public static ClusterAnalysisOptions Default { get; } = new();

    /// <summary>
    /// Names the reuse index and the story stream in the cluster: one store, one name. A cluster can serve several
    /// stores under several names.
    /// </summary>
    public string Name { get; init; } = "main";

    /// <summary>Partitions of the reuse index; fixed for the life of an index.</summary>
    public int Partitions { get; init; } = 8;

    /// <summary>Worker grains the per-article work is split over (spread over the silos).</summary>
    public int Workers { get; init; } = 8;

    /// <summary>Articles sent through the cluster together: each partition answers a whole batch per call.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Tries of one batch before a failure is reported: a batch cut off by a lost silo is sent again.</summary>
    public int MaxAttempts { get; init; } = 30;

    /// <summary>Wait before the second try; each later try waits this much longer.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
