namespace Wiredesk.Core.Events.Coding;

/// <summary>A pattern that matched around a verb, with the actors its markers picked out.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Source">The phrase at <c>$</c>, if the pattern has one.</param>
/// <param name="Target">The phrase at <c>+</c>, if the pattern has one.</param>
/// <param name="Compound">The phrase at <c>%</c>, if the pattern has one.</param>
/// <param name="CompoundBeforeVerb">Whether the <c>%</c> stands before the verb (its members then act on each other).</param>
internal sealed record PatternMatch(VerbPattern Pattern, ActorPhrase? Source, ActorPhrase? Target, ActorPhrase? Compound, bool CompoundBeforeVerb);
