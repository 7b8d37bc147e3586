namespace Wiredesk.Core.Report;

/// <summary>A document in the report. Field names are a contract (see docs/report.md).</summary>
public sealed record DocumentReport
{
    /// <summary>The id (file name without extension for files).</summary>
    public required string Id { get; init; }

    /// <summary>The outlet.</summary>
    public string? Source { get; init; }

    /// <summary>The canonical address.</summary>
    public string? Url { get; init; }

    /// <summary>The author.</summary>
    public string? Author { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The dateline.</summary>
    public string? Dateline { get; init; }

    /// <summary>The publication date, <c>yyyy-MM-dd</c>.</summary>
    public string? Published { get; init; }

    /// <summary>The publication instant in ISO 8601, when a time of day is known.</summary>
    public string? PublishedAt { get; init; }

    /// <summary>How the date was found: metadata, byline, dateline, caption, embed or none.</summary>
    public required string PublishedFrom { get; init; }

    /// <summary>text, html, feed or jsonLines.</summary>
    public required string Format { get; init; }

    /// <summary>Where it was read from.</summary>
    public string? Origin { get; init; }

    /// <summary>SHA-256 of the input.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The paragraphs in order.</summary>
    public required IReadOnlyList<ParagraphReport> Paragraphs { get; init; }

    /// <summary>In <c>show --json</c> only: the stored articles this one shares text with (null in the report, where <c>reuse[]</c> says it).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReuseReport>? Shares { get; init; }
}
