using System.Globalization;
using Wiredesk.Core.Report;

namespace Wiredesk.Cli.Output;

/// <summary>
/// Prints a story's summary, its timeline drawn as a vertical line with a mark per dated entry (gaps between distant
/// entries shown as a break with the time elapsed), its events and where its sources disagree.
/// </summary>
internal static class StoryViewPrinter
{
    private const int TextWidth = 100;
    private const int MaxEvents = 12;

    public static async Task PrintAsync(StoryReport story, Func<string, string> shortId, TextWriter output)
    {
        if (story.Summary.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Summary (each sentence cites the articles that say it):").ConfigureAwait(false);
            foreach (var sentence in story.Summary)
            {
                await output.WriteLineAsync($"  • {Trim(sentence.Text, TextWidth + 40)} [{Cite(sentence.Documents, shortId)}]").ConfigureAwait(false);
            }
        }

        await PrintTimelineAsync(story, shortId, output).ConfigureAwait(false);
        if (story.Events.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Events (who did what to whom; independent outlets):").ConfigureAwait(false);
            foreach (var e in story.Events.Take(MaxEvents))
            {
                var target = e.Target is null ? string.Empty : $" → {e.Target.Name}";
                var place = e.Place is null ? string.Empty : $" in {e.Place.Name}";
                var when = e.Time is null ? string.Empty : $" on {e.Time}";
                var what = e.What is null ? string.Empty : $": {Trim(e.What, 60)}";
                await output.WriteLineAsync($"  {e.Type,-14} {e.Actor?.Name}{target}{place}{when}{what}  [{e.IndependentOutlets}: {Cite(e.Documents, shortId)}]").ConfigureAwait(false);
            }
        }

        if (story.Disagreements.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Where the sources disagree:").ConfigureAwait(false);
            foreach (var disagreement in story.Disagreements)
            {
                await output.WriteLineAsync($"  ≠ {disagreement.What}").ConfigureAwait(false);
                foreach (var side in disagreement.Sides)
                {
                    var example = side.Mentions.Count > 0 ? $" — \"{Trim(side.Mentions[0].Text, TextWidth)}\"" : string.Empty;
                    await output.WriteLineAsync($"      {side.Claim} [{Cite(side.Documents, shortId)}]{example}").ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task PrintTimelineAsync(StoryReport story, Func<string, string> shortId, TextWriter output)
    {
        if (story.Timeline.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Timeline (● one outlet, ◆ several independent outlets):").ConfigureAwait(false);
        DateOnly? previous = null;
        foreach (var entry in story.Timeline)
        {
            var start = Start(entry.Date);
            if (previous is { } before && start is { } now && now.DayNumber - before.DayNumber > 31)
            {
                await output.WriteLineAsync($"  {string.Empty,-23}┊  {Elapsed(now.DayNumber - before.DayNumber)} later").ConfigureAwait(false);
            }

            // A range counts the time that passes after it from its end ("2019…2022", then "2023-03": a year later).
            previous = (entry.EndDate is null ? null : Start(entry.EndDate)) ?? start ?? previous;
            var date = entry.EndDate is null ? Label(entry.Date) : RangeLabel(entry.Date, entry.EndDate);
            var mark = entry.IndependentOutlets > 1 ? "◆" : "●";
            await output.WriteLineAsync($"  {date,-23}{mark}─ {Trim(entry.Text, TextWidth)}").ConfigureAwait(false);
            foreach (var e in entry.Events.Select(id => story.Events.FirstOrDefault(x => x.Id == id)).OfType<EventReport>().Take(3))
            {
                var target = e.Target is null ? string.Empty : $" → {e.Target.Name}";
                await output.WriteLineAsync($"  {string.Empty,-23}│    ↳ {e.Type}: {e.Actor?.Name}{target}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"  {string.Empty,-23}│    [{entry.IndependentOutlets} independent: {Cite(entry.Documents, shortId)}]").ConfigureAwait(false);
        }
    }

    /// <summary>A season, quarter, half or week of a year in words ("spring 2026", "Q2 2026", "week 15, 2026"); any other
    /// date as it is.</summary>
    private static string Label(string value)
    {
        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return value;
        }

        var part = value[5..];
        return part switch
        {
            "SP" => $"spring {year}",
            "SU" => $"summer {year}",
            "FA" or "AU" => $"autumn {year}",
            "WI" => $"winter {year}",
            "Q1" or "Q2" or "Q3" or "Q4" => $"{part} {year}",
            "H1" => $"first half of {year}",
            "H2" => $"second half of {year}",
            _ when part.Length is 2 or 3 && part[0] == 'W' && int.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var week) => $"week {week}, {year}",
            _ => value,
        };
    }

    /// <summary>A range, its end written short when it shares the start's year ("2025-06-24…06-25", "2019…2022").</summary>
    private static string RangeLabel(string start, string end) =>
        end.Length > 5 && start.Length > 5 && string.CompareOrdinal(start, 0, end, 0, 5) == 0 ? $"{start}…{end[5..]}" : $"{start}…{end}";

    private static DateOnly? Start(string value)
    {
        var text = value.Length >= 10 ? value[..10] : value.Length == 7 ? value + "-01" : value.Length == 4 ? value + "-01-01" : null;
        return text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static string Elapsed(int days) =>
        days >= 365 ? (days < 548 ? "1 year" : $"{(days / 365.0).ToString("0.#", CultureInfo.InvariantCulture)} years")
            : days < 60 ? "1 month" : $"{days / 30} months";

    private static string Cite(IReadOnlyList<string> documents, Func<string, string> shortId) => string.Join(", ", documents.Select(shortId));

    private static string Trim(string text, int width)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= width ? flat : flat[..(width - 1)].TrimEnd() + "…";
    }
}
