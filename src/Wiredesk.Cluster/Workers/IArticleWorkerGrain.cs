using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Workers;

/// <summary>
/// The per-article work of the analysis, which needs nothing but the articles it is given: signing for the reuse
/// index, aligning with candidates, profiling for the story stage. Holds no state; many of them (integer keys) are
/// spread over the silos, and one lost with a silo is activated again elsewhere.
/// </summary>
public interface IArticleWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>The reuse signature of each document, in order.</summary>
    Task<ReuseSignature[]> SignAsync(DocumentBatch batch);

    /// <summary>For each job, the relations of its document with those candidates it shares passages with.</summary>
    Task<ReuseRelation[][]> CompareAsync(AlignmentJob[] jobs);

    /// <summary>The story profile of each document, in order.</summary>
    Task<ArticleProfile[]> ProfileAsync(DocumentBatch batch);
}
