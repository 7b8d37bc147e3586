using Orleans.Placement;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Workers;

/// <summary>A worker: each call runs the Core stage over what it was sent. Placed where fewest activations are, so that workers spread over the silos.</summary>
[ActivationCountBasedPlacement]
internal sealed class ArticleWorkerGrain : Grain, IArticleWorkerGrain
{
    private readonly ReuseOptions _options = ReuseOptions.Default;

    public Task<CleanedInput[]> ReadAsync(InputBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var cleaner = new ArticleCleaner();
        return Task.FromResult(batch.Inputs
            .Select(input => InputCleaning.Clean(ArticleBytes.Read(input.Id, input.Bytes, input.Extension, input.Origin, limits: batch.Limits), input.Origin, cleaner, batch.Limits))
            .ToArray());
    }

    public Task<ReuseSignature[]> SignAsync(DocumentBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Task.FromResult(batch.Documents.Select(d => ReuseSigner.Sign(ReuseTokenizer.Tokenize(d), _options)).ToArray());
    }

    public Task<ReuseRelation[][]> CompareAsync(AlignmentJob[] jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var comparer = new ReuseComparer(_options);
        return Task.FromResult(jobs.Select(job =>
        {
            var tokens = ReuseTokenizer.Tokenize(job.Document);
            return job.Candidates
                .Select(other => comparer.Compare(job.Document, tokens, other, ReuseTokenizer.Tokenize(other)))
                .OfType<ReuseRelation>()
                .ToArray();
        }).ToArray());
    }

    public Task<ArticleProfile[]> ProfileAsync(DocumentBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Task.FromResult(batch.Documents.Select(d => ArticleProfiler.Profile(d)).ToArray());
    }
}
