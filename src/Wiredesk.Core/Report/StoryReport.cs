namespace Wiredesk.Core.Report;

/// <summary>One story in the report.</summary>
/// <param name="Id">Stable story id.</param>
/// <param name="Title">A representative headline.</param>
/// <param name="Documents">Member ids in arrival order.</param>
/// <param name="First">Earliest member's publication time (ISO 8601), or null.</param>
/// <param name="Last">Latest member's publication time (ISO 8601), or null.</param>
/// <param name="Sources">Distinct known outlets.</param>
/// <param name="SourceCount">Distinct outlets, each article of unknown outlet counting as one of its own.</param>
/// <param name="IndependentSources">Like <paramref name="SourceCount"/>, counting only articles that are not copies of another member.</param>
/// <param name="Copies">Members that joined as copies of an earlier article.</param>
/// <remarks><see cref="Entities"/> is filled by the entity stage.</remarks>
public sealed record StoryReport(
    string Id,
    string? Title,
    IReadOnlyList<string> Documents,
    string? First,
    string? Last,
    IReadOnlyList<string> Sources,
    int SourceCount,
    int IndependentSources,
    IReadOnlyList<string> Copies)
{
    /// <summary>The story's canonical entities, most mentioned first.</summary>
    public IReadOnlyList<EntityReport> Entities { get; init; } = [];

    /// <summary>Who said what: the story's quotations, most widely carried first.</summary>
    public IReadOnlyList<QuoteReport> Quotes { get; init; } = [];

    /// <summary>The story's events, merged across its articles, most corroborated first.</summary>
    public IReadOnlyList<EventReport> Events { get; init; } = [];

    /// <summary>The story's dated entries, oldest first.</summary>
    public IReadOnlyList<TimelineReport> Timeline { get; init; } = [];

    /// <summary>Where the story's sources disagree.</summary>
    public IReadOnlyList<DisagreementReport> Disagreements { get; init; } = [];

    /// <summary>A few sentences that summarise the story, each citing its documents.</summary>
    public IReadOnlyList<SummaryReport> Summary { get; init; } = [];

    /// <summary>Every time expression of the story's documents, resolved against each document's date.</summary>
    public IReadOnlyList<TimeReport> Times { get; init; } = [];
}
