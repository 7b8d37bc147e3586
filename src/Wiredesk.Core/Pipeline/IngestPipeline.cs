using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Pipeline;

/// <summary>
/// Cleans what a reader found and stores it, one input per transaction: either all of an input's articles are stored
/// or, when the store fails, none is, and the failure is reported against that input. The same content twice changes
/// nothing; an article cleaned wrongly by a bug, or with more paragraphs than <see cref="ReadLimits.MaxParagraphs"/>, is
/// reported, not thrown, so one bad input never stops the rest.
/// </summary>
public sealed class IngestPipeline(IArticleStore store, IArticleCleaner cleaner, ReadLimits? limits = null)
{
    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;

    /// <summary>Cleans and stores the articles of one read input.</summary>
    public Task<IngestBatch> IngestAsync(ReadResult read, string origin, CancellationToken cancellationToken) =>
        StoreAsync(InputCleaning.Clean(read, origin, cleaner, _limits), origin, cancellationToken);

    /// <summary>Stores the documents of one input cleaned already (here or elsewhere), in one transaction.</summary>
    public async Task<IngestBatch> StoreAsync(CleanedInput cleaned, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var problems = new List<ReadProblem>(cleaned.Problems);
        var documents = cleaned.Documents;
        if (documents.Count == 0)
        {
            return new IngestBatch([], problems);
        }

        try
        {
            var saved = await store.SaveAsync(documents, cancellationToken).ConfigureAwait(false);
            var stored = documents.Zip(saved, (document, result) => new IngestedDocument(document with { Id = result.Id }, result.Status)).ToList();
            return new IngestBatch(stored, problems);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problems.Add(new ReadProblem(origin, null, $"nothing from this input was stored: {ex.Message}", ProblemSeverity.Error));
            return new IngestBatch([], problems);
        }
    }
}
