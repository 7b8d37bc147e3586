namespace Wiredesk.Core.Stories;

/// <summary>
/// One dated entry of a story's timeline: a date (a TIMEX3 value, with an end for a range), what the articles say
/// happened then (the most representative sentence), the events dated then, and who reports it.
/// </summary>
public sealed record TimelineEntry(
    string Date,
    string? EndDate,
    string Text,
    IReadOnlyList<StoryMention> Mentions,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Documents,
    int Outlets,
    int IndependentOutlets);
