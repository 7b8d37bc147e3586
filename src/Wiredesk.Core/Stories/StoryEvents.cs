using System.Security.Cryptography;
using System.Text;
using Wiredesk.Core.Events;

namespace Wiredesk.Core.Stories;

/// <summary>Merges the events the articles of a story report into the story's events.</summary>
public static class StoryEvents
{
    /// <summary>
    /// One <see cref="StoryEvent"/> per type (mutual contacts as one kind) and pair of sides; the date, place and what
    /// are the ones most reports give. Ordered by independent outlets, then by date.
    /// </summary>
    public static IReadOnlyList<StoryEvent> Merge(IReadOnlyList<NewsEvent> events, Func<string, string?> outletOf, IReadOnlySet<string> copies)
    {
        ArgumentNullException.ThrowIfNull(events);
        var merged = new List<StoryEvent>();
        foreach (var group in events.Where(e => e.Actor is not null).GroupBy(Key, StringComparer.Ordinal))
        {
            var reports = group.ToList();
            var first = reports[0];
            var documents = reports.Select(r => r.Document).Distinct(StringComparer.Ordinal).ToList();
            var (outlets, independent) = Corroboration.Count(documents, outletOf, copies);
            var type = reports.GroupBy(r => r.Type).OrderByDescending(g => g.Select(r => r.Document).Distinct().Count()).ThenBy(g => g.Key).First().Key;
            var lead = reports.First(r => r.Type == type);
            merged.Add(new StoryEvent(
                "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group.Key)))[..10],
                type,
                lead.Actor,
                lead.Target,
                MostCommon(reports.Select(r => r.Place), p => p.EntityId),
                MostCommon(reports.Select(r => r.Time), t => t),
                reports.Select(r => r.What).FirstOrDefault(w => w is not null),
                reports,
                documents,
                outlets,
                independent));
        }

        return merged
            .OrderByDescending(e => e.IndependentOutlets).ThenBy(e => e.Time ?? "~", StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string Key(NewsEvent e)
    {
        var actor = e.Actor!.EntityId;
        var target = e.Target?.EntityId ?? "-";
        if (EventTypes.IsMutual(e.Type))
        {
            return string.CompareOrdinal(actor, target) <= 0 ? $"contact|{actor}|{target}" : $"contact|{target}|{actor}";
        }

        return $"{e.Type}|{actor}|{target}";
    }

    private static T? MostCommon<T>(IEnumerable<T?> values, Func<T, string> key)
        where T : class =>
        values.OfType<T>().GroupBy(key, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
}
