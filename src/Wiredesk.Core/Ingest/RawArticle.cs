namespace Wiredesk.Core.Ingest;

/// <summary>
/// An article as a reader found it: its text, what its container says about it and, for markup, its blocks.
/// Cleaning turns it into a <see cref="Documents.Document"/>.
/// </summary>
public sealed record RawArticle
{
    /// <summary>The article's id: the file name without extension for files, derived from the item for feeds and JSON Lines.</summary>
    public required string Id { get; init; }

    /// <summary>The format it was read from.</summary>
    public required InputFormat Format { get; init; }

    /// <summary>The article's text. Every span Wiredesk produces points into it. For plain text it is the file's text unchanged; for HTML it is the extracted text, one block after another separated by a blank line.</summary>
    public required string Text { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the input the article was read from, with line endings normalised; equal inputs give equal hashes.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Where it came from: a file path, <c>stdin</c>, or a file path with the item's position (<c>feed.xml#3</c>).</summary>
    public string? Origin { get; init; }

    /// <summary>What the container says about the article.</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.None;

    /// <summary>The blocks the markup defines, in order; <see langword="null"/> when the text has no markup and cleaning splits it itself.</summary>
    public IReadOnlyList<RawBlock>? Blocks { get; init; }
}
