using Wiredesk.Core.Events;

namespace Wiredesk.Core.Stories;

/// <summary>
/// One event of a story, merged across the articles that report it: the same type (or, for meetings, calls and visits,
/// the same kind of contact) between the same sides.
/// </summary>
public sealed record StoryEvent(
    string Id,
    EventType Type,
    EventParticipant? Actor,
    EventParticipant? Target,
    EventParticipant? Place,
    string? Time,
    string? What,
    IReadOnlyList<NewsEvent> Reports,
    IReadOnlyList<string> Documents,
    int Outlets,
    int IndependentOutlets)
{
    /// <summary>The dates the reports give, when they differ ("2025-05-13" in one, "2025-05-14" in another).</summary>
    public IReadOnlyList<string> Times => Reports.Select(r => r.Time).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
