namespace Wiredesk.Core.Report;

/// <summary>One mention of an entity: where it is and how it names the entity (name, role, handle, demonym, metonymy).</summary>
public sealed record MentionReport(string Document, int Start, int Length, string Text, string Kind);
