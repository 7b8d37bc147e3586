namespace Wiredesk.Core.Quotes;

/// <summary>Reported speech found in a sentence: its attribution and the clause said, as token positions.</summary>
internal readonly record struct ReportedClause(Attribution Attribution, int ContentStart, int ContentEnd);
