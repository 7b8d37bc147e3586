namespace Wiredesk.Core.Ingest;

/// <summary>What the container of an article (HTML head, feed item, JSON object) says about it. Every field may be missing.</summary>
public sealed record ArticleMetadata
{
    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata None { get; } = new();

    /// <summary>The headline the container gives.</summary>
    public string? Title { get; init; }

    /// <summary>The canonical address of the article.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet that published it (site name, feed title or the JSON <c>source</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The author or authors, as written.</summary>
    public string? Author { get; init; }

    /// <summary>The publication instant, when the container gives a time of day.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Which field gave the date, e.g. <c>meta[property=article:published_time]</c> or <c>rss pubDate</c>.</summary>
    public string? PublishedField { get; init; }

    /// <summary>
    /// When the article was fetched (a JSON <c>retrieved</c> field, news-please's <c>date_download</c>): not a
    /// publication date, but it tells when a given publication date may be only the fetch time.
    /// </summary>
    public DateTimeOffset? RetrievedAt { get; init; }

    /// <summary>The declared language, e.g. <c>en</c>.</summary>
    public string? Language { get; init; }
}
