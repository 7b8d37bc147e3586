namespace Wiredesk.Core.Events;

/// <summary>A side of an event: the canonical entity (its id and name) and how the article named it there.</summary>
public sealed record EventParticipant(string EntityId, string Name, string Mention);
