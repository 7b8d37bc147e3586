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
    public async Task<IngestBatch> IngestAsync(ReadResult read, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var problems = new List<ReadProblem>(read.Problems);
        var documents = new List<Document>(read.Articles.Count);
        foreach (var article in read.Articles)
        {
            try
            {
                var document = cleaner.Clean(article);
                if (document.Paragraphs.Count > _limits.MaxParagraphs)
                {
                    problems.Add(new ReadProblem(article.Origin ?? origin, null, $"article '{article.Id}' has {document.Paragraphs.Count} paragraphs; an article may have at most {_limits.MaxParagraphs} (see --max-paragraphs); skipped", ProblemSeverity.Error));
                    continue;
                }

                documents.Add(document);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException
                or System.Text.RegularExpressions.RegexMatchTimeoutException or InsufficientExecutionStackException)
            {
                problems.Add(new ReadProblem(article.Origin ?? origin, null, $"article '{article.Id}' could not be cleaned: {ex.Message}", ProblemSeverity.Error));
            }
        }

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
