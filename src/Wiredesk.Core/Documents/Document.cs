using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Documents;

/// <summary>
/// A cleaned article: its original text, what was found about it, and its paragraphs by kind.
/// Every span points into <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    /// <summary>The article's id (for files, the file name without extension).</summary>
    public required string Id { get; init; }

    /// <summary>SHA-256 of the input it was read from; the store's key.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The format it was read from.</summary>
    public required InputFormat Format { get; init; }

    /// <summary>The original text (for HTML, the extracted text).</summary>
    public required string Text { get; init; }

    /// <summary>Where it came from: a path, <c>stdin</c> or <c>feed.xml#3</c>.</summary>
    public string? Origin { get; init; }

    /// <summary>The canonical address.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet; for an article that names none, the news agency its dateline credits ("(Harbor Wire)").</summary>
    public string? Source { get; init; }

    /// <summary>The author or authors.</summary>
    public string? Author { get; init; }

    /// <summary>The declared language.</summary>
    public string? Language { get; init; }

    /// <summary>The headline; <see langword="null"/> when the article has none that can be told from its first sentence.</summary>
    public string? Title { get; init; }

    /// <summary>Where the headline stands in the text, when it does.</summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>The place the story was filed from, upper-cased as printed (e.g. <c>ANKARA</c>).</summary>
    public string? Dateline { get; init; }

    /// <summary>Where the dateline stands in the text.</summary>
    public TextSpan? DatelineSpan { get; init; }

    /// <summary>The publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The publication instant, when a time of day is known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>How the publication date was found.</summary>
    public PublishedFrom PublishedFrom { get; init; }

    /// <summary>The characters the date was read from, when it came from the text.</summary>
    public TextSpan? PublishedSpan { get; init; }

    /// <summary>The paragraphs, in order, each with its kind.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>The paragraphs of one kind.</summary>
    public IEnumerable<Paragraph> ParagraphsOf(ParagraphKind kind) => Paragraphs.Where(p => p.Kind == kind);

    /// <summary>The text of a paragraph.</summary>
    public string TextOf(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return paragraph.Span.Of(Text);
    }
}
