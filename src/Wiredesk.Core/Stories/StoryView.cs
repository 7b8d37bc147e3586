using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Stories;

/// <summary>
/// What a reader of a story is shown beyond its list of articles: its events, its timeline, where its sources
/// disagree and a summary whose every sentence cites its documents.
/// </summary>
public sealed record StoryView(
    IReadOnlyList<StoryEvent> Events,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyDictionary<string, IReadOnlyList<TimeExpression>> Times)
{
    /// <summary>Builds the view of a story's documents from its canonical entities.</summary>
    public static StoryView Build(
        IReadOnlyList<Document> documents,
        IReadOnlyList<CanonicalEntity> entities,
        Func<string, string?> outletOf,
        IReadOnlySet<string> copies,
        ITemporalTagger tagger,
        EventExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(extractor);
        var index = new EntityMentionIndex(entities);
        var times = documents.ToDictionary(d => d.Id, d => DocumentTimes.Tag(tagger, d), StringComparer.Ordinal);
        var reported = documents.SelectMany(d => extractor.Extract(d, index, times[d.Id])).ToList();
        var events = StoryEvents.Merge(reported, outletOf, copies);
        return new StoryView(
            events,
            StoryTimeline.Build(documents, times, events, outletOf, copies),
            StoryDisagreements.Find(documents, index, events),
            StorySummary.Build(documents, outletOf, copies),
            times);
    }
}
