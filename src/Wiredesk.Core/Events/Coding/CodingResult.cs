namespace Wiredesk.Core.Events.Coding;

/// <summary>What coding one sentence gave: its events, or the discard phrase that stopped it.</summary>
/// <param name="Events">The events, in verb order, without duplicate (source, target, code) triples.</param>
/// <param name="Discard">The discard entry found, when the sentence (or its story) is not to be coded.</param>
internal sealed record CodingResult(IReadOnlyList<CodedEvent> Events, DiscardEntry? Discard)
{
    public static CodingResult Discarded(DiscardEntry entry) => new([], entry);
}
