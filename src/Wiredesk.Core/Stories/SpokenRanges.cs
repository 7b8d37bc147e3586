using Wiredesk.Core.Time;

namespace Wiredesk.Core.Stories;

/// <summary>
/// Two dates that a sentence gives as the ends of one span ("between 2019 and 2022", "from March to June",
/// "2019-2022") are one stretch of time on a timeline, not two moments. The time tagger keeps them apart, as TimeML
/// annotates them; the timeline joins them.
/// </summary>
internal static class SpokenRanges
{
    /// <summary>The dates of one text in order, with each spoken range made one expression (first start, last end).</summary>
    public static IEnumerable<TimeExpression> Join(string text, IReadOnlyList<TimeExpression> dates)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            if (i + 1 < dates.Count && IsRange(text, dates[i], dates[i + 1]))
            {
                var (first, last) = (dates[i], dates[i + 1]);
                yield return first with { EndValue = last.EndValue ?? last.Value };
                i++;
                continue;
            }

            yield return dates[i];
        }
    }

    private static bool IsRange(string text, TimeExpression first, TimeExpression last)
    {
        var end = last.EndValue ?? last.Value;
        if (first.Span.End > last.Span.Start || string.CompareOrdinal(first.Value, end) >= 0 || first.Value.Length != last.Value.Length)
        {
            return false;
        }

        var between = text[first.Span.End..last.Span.Start].Trim();
        if (between is "-" or "–" or "—")
        {
            return true;
        }

        // "and" makes a span only after "between" ("in 2019 and 2022" names two years); "to" only after "from", and not
        // when a date is moved ("postponed from Monday to Wednesday" names the old day and the new).
        var before = WordsBefore(text, first.Span.Start);
        return (between == "and" && before.Count > 0 && before[^1] == "between")
            || (between is "to" or "until" or "till" or "through" && before.Count > 0 && before[^1] == "from" && !before.Any(IsMoving));
    }

    private static List<string> WordsBefore(string text, int position)
    {
        var start = Math.Max(0, position - 80);
        var words = text[start..position].Split([' ', '\n', '\t', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .ToList();
        return words.Count > 6 ? words[^6..] : words;
    }

    private static bool IsMoving(string word) =>
        word.StartsWith("postpon", StringComparison.Ordinal) || word.StartsWith("delay", StringComparison.Ordinal)
        || word.StartsWith("mov", StringComparison.Ordinal) || word.StartsWith("push", StringComparison.Ordinal)
        || word.StartsWith("brought", StringComparison.Ordinal) || word.StartsWith("resched", StringComparison.Ordinal)
        || word.StartsWith("shift", StringComparison.Ordinal) || word.StartsWith("chang", StringComparison.Ordinal)
        || word.StartsWith("advanc", StringComparison.Ordinal);
}
