namespace Wiredesk.Core.Events.Coding;

/// <summary>How an <see cref="EventCoder"/> codes.</summary>
/// <param name="RequireDyad">Only events with both a source and a target (PETRARCH's <c>require_dyad</c>); when
/// false, an event with one of them is kept with <c>---</c> for the other.</param>
internal sealed record CodingOptions(bool RequireDyad = true)
{
    public static CodingOptions Default { get; } = new();
}
