namespace Wiredesk.Cluster.Reuse;

/// <summary>
/// One partition of the reuse index (key: the partition number; key extension: the index name). Every call carries a
/// whole batch of the stream, so that each document of the batch is answered after all of the batch is held, and the
/// answer for a document counts only documents earlier in the stream: the same as one index fed in order.
/// </summary>
public interface IReuseShardGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Adds the documents (those held already change nothing) and returns, for each in order, its hits among earlier documents.</summary>
    /// <param name="documents">The batch's keys of this partition.</param>
    /// <param name="cap">Postings per key beyond which a key is a stock phrase (<see cref="Core.Reuse.ReuseOptions.MaxPostingsPerKey"/>); the same for the life of an index.</param>
    Task<ShardHit[][]> AddAndQueryAsync(ShardDocument[] documents, int cap);
}
