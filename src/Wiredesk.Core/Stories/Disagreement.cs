namespace Wiredesk.Core.Stories;

/// <summary>
/// One slot the articles of a story fill differently — whether someone attends, how many were hurt, on which date an
/// event happened — with each side's claim and the documents that make it.
/// </summary>
public sealed record Disagreement(string Slot, string What, IReadOnlyList<DisagreementSide> Sides);

/// <summary>One side of a <see cref="Disagreement"/>: the claim, the documents that make it and their words.</summary>
public sealed record DisagreementSide(string Claim, IReadOnlyList<string> Documents, IReadOnlyList<StoryMention> Mentions);
