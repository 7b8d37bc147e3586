namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A synonym set <c>&amp;NAME</c> of a verb dictionary: phrases (words consecutive) any of which matches where the
/// set is named in a pattern. Nested sets are already expanded.
/// </summary>
/// <param name="Name">The name with its <c>&amp;</c>, upper case, without a final <c>_</c>.</param>
/// <param name="Phrases">The phrases, each a list of upper-case words, longest first.</param>
internal sealed record Synset(string Name, IReadOnlyList<IReadOnlyList<string>> Phrases);
