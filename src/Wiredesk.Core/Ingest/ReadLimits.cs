using System.Globalization;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// How much one input may hold before it is refused, so that no input can take the machine: the largest article
/// (a text or HTML file, one JSON line, one feed item), the largest feed, and the most paragraphs in one article.
/// Going over a limit is an error against that article (or feed) alone; the rest of the batch is read.
/// </summary>
public sealed record ReadLimits
{
    /// <summary>The default largest article: 32 MB.</summary>
    public const long DefaultMaxArticleBytes = 32L * 1024 * 1024;

    /// <summary>The default largest feed: 64 MB.</summary>
    public const long DefaultMaxFeedBytes = 64L * 1024 * 1024;

    /// <summary>The default most paragraphs (markup blocks, or blank-line-separated paragraphs of text) in one article: 10,000.</summary>
    public const int DefaultMaxParagraphs = 10_000;

    /// <summary>The defaults.</summary>
    public static ReadLimits Default { get; } = new();

    /// <summary>The largest article, in bytes of UTF-8: a text or HTML file, one line of JSON Lines, or one feed item's text.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>The largest feed file, in bytes of UTF-8.</summary>
    public long MaxFeedBytes { get; init; } = DefaultMaxFeedBytes;

    /// <summary>The most paragraphs one article may have.</summary>
    public int MaxParagraphs { get; init; } = DefaultMaxParagraphs;

    /// <summary>A size as people read it, e.g. <c>32.0 MB</c>.</summary>
    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
