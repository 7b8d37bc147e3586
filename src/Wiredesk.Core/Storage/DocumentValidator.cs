using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Storage;

/// <summary>Checks that a document can be stored and read back as it is: an id and a hash, known enum values, every span inside the text, paragraphs that do not overlap.</summary>
public static class DocumentValidator
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the document and its first problem.</summary>
    /// <param name="document">The document.</param>
    /// <param name="position">Its position in the batch, for documents without an id.</param>
    /// <param name="parameterName">The batch parameter's name.</param>
    public static void ThrowIfInvalid(Document? document, int position, string parameterName)
    {
        if (document is null)
        {
            throw new ArgumentException($"The document at position {position} of the batch is null.", parameterName);
        }

        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException($"The document at position {position} of the batch has an empty id.", parameterName);
        }

        if (ProblemWith(document) is { } problem)
        {
            throw new ArgumentException($"Document '{document.Id}' cannot be stored: {problem}.", parameterName);
        }
    }

    /// <summary>The first problem with a document that has an id, or <see langword="null"/>.</summary>
    public static string? ProblemWith(Document document)
    {
        if (string.IsNullOrWhiteSpace(document.ContentHash))
        {
            return "its content hash is empty";
        }

        if (document.Text is null)
        {
            return "it has no text";
        }

        if (document.Paragraphs is null)
        {
            return "it has no paragraph list";
        }

        if (!Enum.IsDefined(document.Format))
        {
            return $"its format {document.Format} is not a known input format";
        }

        if (!Enum.IsDefined(document.PublishedFrom))
        {
            return $"its date source {document.PublishedFrom} is not a known one";
        }

        var length = document.Text.Length;
        return SpanProblem("its title span", document.TitleSpan, length)
            ?? SpanProblem("its dateline span", document.DatelineSpan, length)
            ?? SpanProblem("its published span", document.PublishedSpan, length)
            ?? ParagraphProblem(document.Paragraphs, length)
            ?? OverlapProblem(document.Paragraphs);
    }

    private static string? ParagraphProblem(IReadOnlyList<Paragraph> paragraphs, int textLength)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph is null)
            {
                return $"paragraph {i} is null";
            }

            if (!Enum.IsDefined(paragraph.Kind))
            {
                return $"paragraph {i} has the unknown kind {paragraph.Kind}";
            }

            var problem = SpanProblem($"its paragraph {i}", paragraph.Span, textLength)
                ?? (paragraph.Embed is { } embed ? SpanProblem($"the embedded post of paragraph {i}", embed.PostSpan, textLength) : null);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? OverlapProblem(IReadOnlyList<Paragraph> paragraphs)
    {
        // Empty paragraphs cover no characters and so overlap nothing.
        var ordered = paragraphs
            .Select((paragraph, index) => (paragraph.Span, Index: index))
            .Where(p => p.Span.Length > 0)
            .OrderBy(p => p.Span.Start)
            .ToList();

        for (int i = 1, widest = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Span.Start < ordered[widest].Span.End)
            {
                var (first, second) = ordered[widest].Index < ordered[i].Index ? (ordered[widest], ordered[i]) : (ordered[i], ordered[widest]);
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"paragraphs {first.Index} {Describe(first.Span)} and {second.Index} {Describe(second.Span)} overlap");
            }

            if (ordered[i].Span.End > ordered[widest].Span.End)
            {
                widest = i;
            }
        }

        return null;
    }

    private static string? SpanProblem(string what, TextSpan? span, int textLength) =>
        span is { } s && !s.FitsIn(textLength)
            ? string.Create(CultureInfo.InvariantCulture, $"{what} {Describe(s)} does not fit in its text of {textLength} characters")
            : null;

    private static string Describe(TextSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"(start {span.Start}, length {span.Length})");
}
