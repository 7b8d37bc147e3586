namespace Wiredesk.Core.Report;

/// <summary>What <c>wiredesk analyze --json</c> prints: one object, documented in docs/report.md. Fields are never renamed lightly.</summary>
public sealed record AnalysisReport
{
    /// <summary>The version of the report's shape.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The documents analysed, in input order.</summary>
    public required IReadOnlyList<DocumentReport> Documents { get; init; }

    /// <summary>Text one document took from another: duplicates and partial copies.</summary>
    public IReadOnlyList<ReuseReport> Reuse { get; init; } = [];

    /// <summary>Pairs that only quote the same words of a third party: not copies of each other.</summary>
    public IReadOnlyList<ReuseReport> SharedQuotes { get; init; } = [];

    /// <summary>The connected sets of documents that carry the same text.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CopyGroups { get; init; } = [];

    /// <summary>The stories the documents belong to, newest first.</summary>
    public IReadOnlyList<StoryReport> Stories { get; init; } = [];

    /// <summary>Problems met while reading the inputs.</summary>
    public IReadOnlyList<ProblemReport> Problems { get; init; } = [];
}
