using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Report;

/// <summary>Maps documents and problems onto the report's contract.</summary>
public static class ReportBuilder
{
    /// <summary>The report over <paramref name="documents"/>.</summary>
    public static AnalysisReport Build(IEnumerable<Document> documents, IEnumerable<ReadProblem> problems) => new()
    {
        Documents = documents.Select(ToReport).ToList(),
        Problems = problems.Select(p => new ProblemReport(p.Origin, p.Line, Lower(p.Severity), p.Message)).ToList(),
    };

    /// <summary>One document as the report shows it.</summary>
    public static DocumentReport ToReport(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentReport
        {
            Id = document.Id,
            Source = document.Source,
            Url = document.Url,
            Author = document.Author,
            Title = document.Title,
            Dateline = document.Dateline,
            Published = Date(document.Published),
            PublishedAt = document.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
            PublishedFrom = Lower(document.PublishedFrom),
            Format = document.Format == InputFormat.JsonLines ? "jsonLines" : Lower(document.Format),
            Origin = document.Origin,
            ContentHash = document.ContentHash,
            Paragraphs = document.Paragraphs.Select(p => ToReport(document, p)).ToList(),
        };
    }

    private static ParagraphReport ToReport(Document document, Paragraph paragraph)
    {
        var embed = paragraph.Embed is { } e
            ? new EmbedReport(e.Author, e.Handle, Date(e.Date), e.Url, e.PostSpan.Start, e.PostSpan.Length)
            : null;
        return new ParagraphReport(Lower(paragraph.Kind), document.TextOf(paragraph), paragraph.Span.Start, paragraph.Span.Length, paragraph.Rule, embed);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
