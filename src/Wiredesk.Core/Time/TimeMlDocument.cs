namespace Wiredesk.Core.Time;

/// <summary>A TimeML document: the plain text of its TEXT element, its creation time and its gold TIMEX3 annotations.</summary>
/// <param name="Id">The DOCID.</param>
/// <param name="Text">The TEXT element with every tag removed.</param>
/// <param name="CreationTime">The day of the DCT TIMEX3 (functionInDocument="CREATION_TIME"), if it has one.</param>
/// <param name="Timexes">The TIMEX3 tags inside TEXT, in order.</param>
public sealed record TimeMlDocument(string Id, string Text, DateOnly? CreationTime, IReadOnlyList<TimeMlTimex> Timexes);
