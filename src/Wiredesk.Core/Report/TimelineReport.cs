namespace Wiredesk.Core.Report;

/// <summary>
/// One dated entry of a story's timeline: <c>date</c> (TIMEX3 value) and <c>endDate</c> for a range, <c>text</c> (the most
/// representative sentence), the ids of the events dated then, the documents and sentences that give the date, and
/// how many (independent) outlets that is.
/// </summary>
public sealed record TimelineReport(
    string Date,
    string? EndDate,
    string Text,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Documents,
    int Outlets,
    int IndependentOutlets,
    IReadOnlyList<SpanReport> Mentions);

/// <summary>A span of a document's text, with the text.</summary>
public sealed record SpanReport(string Document, int Start, int Length, string Text);

/// <summary>A slot the story's sources fill differently (<c>slot</c>: attendance, count, amount, date, actor), and each side.</summary>
public sealed record DisagreementReport(string Slot, string What, IReadOnlyList<DisagreementSideReport> Sides);

/// <summary>One side of a disagreement: the claim, its documents and their sentences.</summary>
public sealed record DisagreementSideReport(string Claim, IReadOnlyList<string> Documents, IReadOnlyList<SpanReport> Mentions);

/// <summary>A summary sentence: its text, where it was taken from, and the documents it cites (all that say the same).</summary>
public sealed record SummaryReport(string Text, string Document, int Start, int Length, IReadOnlyList<string> Documents, int Outlets, int IndependentOutlets);

/// <summary>A time expression of a document: its span, text, TIMEX3 type and value (and end value for a range).</summary>
public sealed record TimeReport(string Document, int Start, int Length, string Text, string Type, string Value, string? EndValue);
