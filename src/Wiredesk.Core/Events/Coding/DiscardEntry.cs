namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A discard phrase: a sentence containing it is not coded (and, for a story discard, nor is its story).
/// </summary>
/// <param name="Words">The upper-case words; the last one matches as a word start unless <paramref name="WholeWord"/>.</param>
/// <param name="Story">Whether the phrase discards the whole story (written with a leading <c>+</c>).</param>
/// <param name="WholeWord">Whether the last word must end there (written with a final <c>_</c>).</param>
internal sealed record DiscardEntry(IReadOnlyList<string> Words, bool Story, bool WholeWord);
