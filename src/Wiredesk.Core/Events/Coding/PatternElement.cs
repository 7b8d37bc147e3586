namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// One element of a verb pattern.
/// </summary>
/// <param name="Kind">What the element stands for.</param>
/// <param name="Text">The upper-case word, or the synset name (with its <c>&amp;</c>); empty for markers.</param>
/// <param name="Adjacent">Whether the element must touch its neighbour on the verb's side (an <c>_</c> connector);
/// otherwise other words may come between (a space).</param>
internal sealed record PatternElement(PatternElementKind Kind, string Text, bool Adjacent);
