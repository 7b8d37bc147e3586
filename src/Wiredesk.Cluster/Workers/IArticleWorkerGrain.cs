using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Workers;

/// <summary>
/// The per-article work, which needs nothing but the articles it is given: reading and cleaning inputs, signing for
/// the reuse index, aligning with candidates, profiling for the story stage. Holds no state; many of them (integer keys) are
/// spread over the silos, and one lost with a silo is activated again elsewhere.
/// </summary>
public interface IArticleWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>Each input read (decoded, its format told, parsed) and its articles cleaned, in order.</summary>
    Task<CleanedInput[]> ReadAsync(InputBatch batch);

    /// <summary>The reuse signature of each document, in order.</summary>
    Task<ReuseSignature[]> SignAsync(DocumentBatch batch);

    /// <summary>For each job, the relations of its document with those candidates it shares passages with.</summary>
    Task<ReuseRelation[][]> CompareAsync(AlignmentJob[] jobs);

    /// <summary>The story profile of each document, in order.</summary>
    Task<ArticleProfile[]> ProfileAsync(DocumentBatch batch);
}
