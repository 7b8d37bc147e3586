using Wiredesk.Core.Text;

namespace Wiredesk.Core.Time;

/// <summary>
/// Finds time expressions in a text and normalises them to TIMEX3 values.
/// </summary>
public interface ITemporalTagger
{
    /// <summary>
    /// Tags the time expressions inside <paramref name="region"/> of <paramref name="text"/>. Relative expressions
    /// ("on Wednesday", "next week") resolve against <paramref name="anchor"/> (the publication date) and the tense of
    /// their sentence; with no anchor they keep underspecified values. Never reads the clock.
    /// </summary>
    /// <returns>The expressions in text order, not overlapping, with spans into <paramref name="text"/>.</returns>
    IReadOnlyList<TimeExpression> Tag(string text, TextSpan region, DateOnly? anchor);
}
