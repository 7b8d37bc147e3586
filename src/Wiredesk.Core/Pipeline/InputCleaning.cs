using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Pipeline;

/// <summary>
/// Cleans the articles a reader found in one input. An article cleaned wrongly by a bug, or with more paragraphs than
/// <see cref="ReadLimits.MaxParagraphs"/>, is a problem against it, not an exception, so one bad article never stops
/// the rest. Pure: the same input gives the same documents wherever it runs.
/// </summary>
public static class InputCleaning
{
    /// <summary>Cleans the articles of <paramref name="read"/>, read from <paramref name="origin"/>.</summary>
    public static CleanedInput Clean(ReadResult read, string origin, IArticleCleaner cleaner, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new List<ReadProblem>(read.Problems);
        var documents = new List<Document>(read.Articles.Count);
        foreach (var article in read.Articles)
        {
            try
            {
                var document = cleaner.Clean(article);
                if (document.Paragraphs.Count > limits.MaxParagraphs)
                {
                    problems.Add(new ReadProblem(article.Origin ?? origin, null, $"article '{article.Id}' has {document.Paragraphs.Count} paragraphs; an article may have at most {limits.MaxParagraphs} (see --max-paragraphs); skipped", ProblemSeverity.Error));
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

        return new CleanedInput(documents, problems);
    }
}
