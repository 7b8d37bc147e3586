namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads an HTML page into one <see cref="RawArticle"/>: its metadata from the head, JSON-LD and byline markup, and its
/// text from the content root (the article, not the navigation, sidebars and footers around it), block by block.
/// Never runs scripts, never loads anything, never throws on bad markup.
/// </summary>
public static class HtmlArticleParser
{
    /// <summary>Reads the page <paramref name="html"/>.</summary>
    /// <param name="id">The article's id (for files, the file name without extension).</param>
    /// <param name="html">The page's markup, already decoded to text.</param>
    /// <param name="origin">Where it came from (a path or <c>stdin</c>), used in problems; <paramref name="id"/> when <see langword="null"/>.</param>
    /// <returns>One article of format <see cref="InputFormat.Html"/>, with a warning when the page is truncated; or an error when the page has no text.</returns>
    public static ReadResult Parse(string id, string html, string? origin)
    {
        ArgumentNullException.ThrowIfNull(id);
        var where = origin ?? id;
        if (string.IsNullOrWhiteSpace(html))
        {
            return ReadResult.Failed(where, "empty HTML");
        }

        var document = HtmlDocuments.Parse(html);
        var metadata = HtmlMetadataReader.Read(document);
        HtmlCleaner.RemoveJunk(document);
        var root = HtmlContentRoot.Choose(document);
        var extracted = root is null ? null : HtmlBlockExtractor.Extract(root);
        if (extracted is null || extracted.IsEmpty)
        {
            return ReadResult.Failed(where, "no article text found in the HTML");
        }

        var article = new RawArticle
        {
            Id = id,
            Format = InputFormat.Html,
            Text = extracted.Text,
            ContentHash = ContentHash.Of(html),
            Origin = origin,
            Metadata = metadata,
            Blocks = extracted.Blocks,
        };
        IReadOnlyList<ReadProblem> problems = HtmlDocuments.LooksTruncated(html)
            ? [new ReadProblem(where, null, "HTML is truncated; read what was there", ProblemSeverity.Warning)]
            : [];
        return new ReadResult([article], problems);
    }
}
