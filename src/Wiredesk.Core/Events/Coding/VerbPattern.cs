namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A pattern line of a verb block, <c>- pre * post [code]</c>: words, synsets and actor markers that must stand before
/// and after the verb for the pattern's code to apply.
/// </summary>
/// <param name="Before">The elements before the verb, nearest the verb first.</param>
/// <param name="After">The elements after the verb, nearest the verb first.</param>
/// <param name="Code">The code the pattern assigns.</param>
/// <param name="Line">The dictionary line it was read from.</param>
internal sealed record VerbPattern(IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After, VerbCode Code, int Line)
{
    /// <summary>How specific the pattern is: its number of elements (a longer match beats a shorter one).</summary>
    public int Length => Before.Count + After.Count;
}
