namespace Wiredesk.Core.Report;

/// <summary>
/// A story's event in the report: <c>type</c> (taxonomy label), <c>code</c> (CAMEO), <c>actor</c>, <c>target</c> and
/// <c>place</c> (canonical entities), <c>time</c> (TIMEX3 value), <c>what</c>, the documents that report it with their
/// sentences, and how many (independent) outlets that is.
/// </summary>
public sealed record EventReport(
    string Id,
    string Type,
    string Code,
    ParticipantReport? Actor,
    ParticipantReport? Target,
    ParticipantReport? Place,
    string? Time,
    string? What,
    IReadOnlyList<string> Documents,
    int Outlets,
    int IndependentOutlets,
    IReadOnlyList<EventMentionReport> Mentions);

/// <summary>A side of an event: the canonical entity's id and name.</summary>
public sealed record ParticipantReport(string Id, string Name);

/// <summary>Where one document reports an event: its sentence span and the cue.</summary>
public sealed record EventMentionReport(string Document, int Start, int Length, string Cue, string? TimeText);
