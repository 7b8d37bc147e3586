using Wiredesk.Core.Documents;
using Wiredesk.Core.Events;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Stories;

/// <summary>
/// Builds a story's timeline from the dates its articles give: every calendar date in a sentence is an item; items with
/// the same date that speak of the same things are one entry; a vaguer date ("next month", "2022") joins a precise
/// entry inside it when the sentences agree on what they are about. Entries are ordered by date.
/// </summary>
public static class StoryTimeline
{
    private const double SameThing = 0.15;
    private const double SameThingAcrossPrecision = 0.25;
    private const double SameThingInRange = 0.3;
    private const double SameThingUnanchored = 0.3;
    private const int MaxTextLength = 240;
    private const int MaxUnanchored = 200;

    /// <summary>The timeline of a story.</summary>
    public static IReadOnlyList<TimelineEntry> Build(
        IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, IReadOnlyList<TimeExpression>> times,
        IReadOnlyList<StoryEvent> events,
        Func<string, string?> outletOf,
        IReadOnlySet<string> copies)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(events);
        var items = new List<Item>();
        foreach (var document in documents)
        {
            var sentences = StorySentences.Of(document);
            var dates = (times.GetValueOrDefault(document.Id) ?? [])
                .Where(time => time.Type == TimeExpressionType.Date && (EventExtractor.IsCalendarValue(time.Value) || IsUnanchored(time.Value)) && (!time.Value.Contains('W', StringComparison.Ordinal) || IsWeek(time.Value)))
                .OrderBy(time => time.Span.Start)
                .ToList();
            foreach (var time in SpokenRanges.Join(document.Text, dates))
            {
                var sentence = sentences.FirstOrDefault(s => s.Span.Start <= time.Span.Start && time.Span.End <= s.Span.End);
                if (sentence.Span.Length == 0)
                {
                    continue;
                }

                var text = sentence.Span.Of(document.Text);
                items.Add(new Item(new StoryMention(document.Id, sentence.Span, text), StoryWordsOf.Of(text), time.Value, time.EndValue));
            }
        }

        // Precise dates first, so that vaguer ones can join what they are about.
        var clusters = new Clusters();
        var unanchored = 0;
        foreach (var item in items.OrderByDescending(i => Precision(i)).ThenBy(i => i.Mention.Document, StringComparer.Ordinal).ThenBy(i => i.Mention.Span.Start))
        {
            if (IsUnanchored(item.Value) && ++unanchored > MaxUnanchored)
            {
                continue;
            }

            Place(clusters, item);
        }

        var placed = clusters.All.SelectMany(c => c.Items).Select(i => i.Mention).ToList();
        var inSomeEntry = events.Where(e => e.Time is not null && SaidHere(e, placed)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var entries = clusters.All.Where(c => c.Items.Count > 0).Select(c => ToEntry(c, events, inSomeEntry, outletOf, copies)).ToList();
        return entries
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.EndDate ?? string.Empty, StringComparer.Ordinal).ThenByDescending(e => e.IndependentOutlets)
            .ToList();
    }

    private static void Place(Clusters clusters, Item item)
    {
        // A day joins an entry of the same day before a range around it; a vaguer date joins a more precise entry
        // before one as vague as itself.
        var preferPrecise = item.Value.Length < 10;
        var best = Best(clusters.Near(item), item, same: !preferPrecise) ?? Best(clusters.Near(item), item, same: preferPrecise);
        if (best is null)
        {
            if (IsUnanchored(item.Value) || IsWeek(item.Value))
            {
                return;
            }

            best = clusters.Add(item.Value, item.End);
        }

        best.Add(item);
    }

    private static Cluster? Best(IEnumerable<Cluster> clusters, Item item, bool same)
    {
        Cluster? best = null;
        var bestScore = 0.0;
        foreach (var cluster in clusters)
        {
            if ((cluster.Value == item.Value && cluster.End == item.End) != same || Threshold(cluster, item) is not { } threshold)
            {
                continue;
            }

            var overlap = StoryWordsOf.Overlap(cluster.Words, item.Words);
            if (overlap >= threshold && overlap > bestScore)
            {
                best = cluster;
                bestScore = overlap;
            }
        }

        return best;
    }

    // How much an item must share with a cluster to join it: little when the dates are the same, more when the item's
    // date is vaguer than the cluster's ("next month" and "June 24-25"), most when the item's date is only relative to
    // an unknown day (an undated article's "next month").
    private static double? Threshold(Cluster cluster, Item item)
    {
        if (cluster.Value == item.Value && cluster.End == item.End)
        {
            return SameThing;
        }

        if (IsUnanchored(item.Value))
        {
            return cluster.Value.Length >= 7 && Matches(cluster.Value, item.Value) ? SameThingUnanchored : null;
        }

        if (IsWeek(item.Value))
        {
            return cluster.Value.Length == 10 && WeekOf(cluster.Value) == item.Value ? SameThingAcrossPrecision : null;
        }

        if (item.End is null && item.Value.Length < 10 && (cluster.Value.Length > item.Value.Length || cluster.End is not null) && cluster.Value.StartsWith(item.Value, StringComparison.Ordinal))
        {
            return SameThingAcrossPrecision;
        }

        if (item.End is null && item.Value.Length == 10 && cluster.End is not null
            && string.CompareOrdinal(cluster.Value, item.Value) <= 0 && string.CompareOrdinal(item.Value, cluster.End) <= 0)
        {
            return SameThingInRange;
        }

        return null;
    }

    // "XXXX-XX" (next month, in an undated article) matches any month; its pattern's known digits must agree.
    private static bool Matches(string value, string pattern)
    {
        for (var i = 0; i < pattern.Length && i < value.Length; i++)
        {
            if (pattern[i] != 'X' && pattern[i] != value[i])
            {
                return false;
            }
        }

        return value.Length >= pattern.Length;
    }

    private static bool IsWeek(string value) => value.Length == 8 && value[4] == '-' && value[5] == 'W' && char.IsDigit(value[0]);

    private static string? WeekOf(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? $"{System.Globalization.ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):D4}-W{System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}"
            : null;

    private static bool IsUnanchored(string value) => value.StartsWith("XXXX", StringComparison.Ordinal) && value.Length >= 7;

    private static int Precision(Item item) => IsUnanchored(item.Value) || IsWeek(item.Value) ? 0 : item.End is not null ? 20 : item.Value.Length;

    private static TimelineEntry ToEntry(Cluster cluster, IReadOnlyList<StoryEvent> events, HashSet<string> inSomeEntry, Func<string, string?> outletOf, IReadOnlySet<string> copies)
    {
        var mentions = cluster.Items.Select(i => i.Mention).DistinctBy(m => (m.Document, m.Span)).ToList();
        var documents = mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).ToList();
        var (outlets, independent) = Corroboration.Count(documents, outletOf, copies);
        var representative = cluster.Items
            .OrderByDescending(i => Readable(i.Mention.Text))
            .ThenByDescending(i => cluster.Items.Where(o => o != i && o.Mention.Document != i.Mention.Document).Sum(o => StoryWordsOf.Overlap(i.Words, o.Words)))
            .ThenBy(i => i.Mention.Text.Length)
            .First().Mention.Text;
        var dated = events
            .Where(e => e.Time is not null && (e.Time == cluster.Value || (cluster.End is not null && string.CompareOrdinal(cluster.Value, e.Time) <= 0 && string.CompareOrdinal(e.Time, cluster.End) <= 0)))
            .Where(e => e.Documents.Any(documents.Contains))
            .Where(e => !inSomeEntry.Contains(e.Id) || SaidHere(e, mentions))
            .Select(e => e.Id)
            .ToList();
        return new TimelineEntry(
            cluster.Value,
            cluster.End,
            representative.Length <= MaxTextLength ? representative : representative[..MaxTextLength].TrimEnd() + "…",
            mentions,
            dated,
            documents,
            outlets,
            independent);
    }

    /// <summary>
    /// Whether a report of the event lies in one of the sentences: an event goes with the entry of the sentence that
    /// reports it, not with every entry of its date and article (two sentences of one article dated the same day are two
    /// entries). An event whose sentences are in no entry goes by date and article alone.
    /// </summary>
    private static bool SaidHere(StoryEvent storyEvent, IReadOnlyList<StoryMention> mentions) =>
        storyEvent.Reports.Any(r => mentions.Any(m => m.Document == r.Document && m.Span.Start < r.Sentence.End && r.Sentence.Start < m.Span.End));

    // A sentence of six words or more that is not a signature line ("— Name (@handle) March 5, 2026").
    private static bool Readable(string sentence) =>
        sentence.Length > 0 && sentence[0] is not ('—' or '–' or '-') && sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6;

    /// <summary>The entries so far, found by the dates an item could join: its own, the year, month and week of a day, a range.</summary>
    private sealed class Clusters
    {
        private readonly Dictionary<string, List<Cluster>> _byKey = new(StringComparer.Ordinal);
        private readonly List<Cluster> _ranges = [];

        public List<Cluster> All { get; } = [];

        public Cluster Add(string value, string? end)
        {
            var cluster = new Cluster(value, end);
            All.Add(cluster);
            Register(value + "|" + end, cluster);
            if (value.Length > 4)
            {
                Register(value[..4], cluster);
            }

            if (value.Length > 7)
            {
                Register(value[..7], cluster);
            }

            if (end is not null)
            {
                _ranges.Add(cluster);
            }
            else if (value.Length == 10 && WeekOf(value) is { } week)
            {
                Register(week, cluster);
            }

            return cluster;
        }

        /// <summary>The entries <paramref name="item"/> could join.</summary>
        public IEnumerable<Cluster> Near(Item item)
        {
            if (IsUnanchored(item.Value))
            {
                return All.Where(c => c.Value.Length >= 7);
            }

            var near = _byKey.GetValueOrDefault(item.Value + "|" + item.End) ?? [];
            if (item.End is not null)
            {
                return near;
            }

            if (item.Value.Length < 10)
            {
                return near.Concat(_byKey.GetValueOrDefault(item.Value) ?? []);
            }

            return near.Concat(_ranges);
        }

        private void Register(string key, Cluster cluster)
        {
            if (!_byKey.TryGetValue(key, out var list))
            {
                list = [];
                _byKey[key] = list;
            }

            list.Add(cluster);
        }
    }

    private sealed record Item(StoryMention Mention, HashSet<string> Words, string Value, string? End);

    private sealed class Cluster(string value, string? end)
    {
        public string Value { get; } = value;

        public string? End { get; } = end;

        public List<Item> Items { get; } = [];

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public void Add(Item item)
        {
            Items.Add(item);
            Words.UnionWith(item.Words);
        }
    }
}
