using System.Globalization;

namespace Wiredesk.Eval;

/// <summary>
/// A reader's judgement that some labelled articles report another happening than the rest of their event (another
/// person's retirement, another airline incident months later). Read from a tab-separated file of article id,
/// happening and reason; used only to say how far a clusterer that keeps distinct happenings apart can score against
/// the labels, never by the clusterer.
/// </summary>
internal static class HappeningsApart
{
    private static readonly int[] Gaps = [30, 90, 180, 365, int.MaxValue];

    /// <summary>Article id to happening name; blank lines and lines opening with '#' are skipped.</summary>
    public static Dictionary<string, string> Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new IOException($"'{file.FullName}' does not exist");
        }

        var happenings = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw new FormatException($"'{file.FullName}' line {number}: expected an article id, a tab and a happening");
            }

            if (!happenings.TryAdd(fields[0], fields[1]))
            {
                throw new FormatException($"'{file.FullName}' line {number}: article '{fields[0]}' is listed twice");
            }
        }

        return happenings;
    }

    /// <summary>Null when every listed article is in the folder, else what is wrong.</summary>
    public static string? Unknown(Dictionary<string, string> happenings, Dictionary<string, string> gold)
    {
        var unknown = happenings.Keys.Where(id => !gold.ContainsKey(id)).ToList();
        return unknown.Count == 0 ? null : $"{unknown.Count} listed article(s) are not in the folder, the first '{unknown[0]}'";
    }

    /// <summary>The labels with every listed article moved to its own happening within its event.</summary>
    public static Dictionary<string, string> Refine(Dictionary<string, string> gold, Dictionary<string, string> happenings) =>
        gold.ToDictionary(g => g.Key, g => happenings.TryGetValue(g.Key, out var happening) ? $"{g.Value}|{happening}" : g.Value, StringComparer.Ordinal);

    /// <summary>
    /// For each gap (and none), the scores against the unrefined labels of a perfect clusterer that keeps the listed
    /// happenings apart and also starts a new story after the gap.
    /// </summary>
    public static List<object> Ceilings(Dictionary<string, string> happenings, Dictionary<string, string> gold, Func<int, Dictionary<string, string>> splitAtGaps, Func<string, bool> isOdd)
    {
        var odd = gold.Keys.Where(isOdd).ToHashSet(StringComparer.Ordinal);
        var even = gold.Keys.Where(id => !odd.Contains(id)).ToHashSet(StringComparer.Ordinal);
        return Gaps.Select(days =>
        {
            var split = splitAtGaps(days);
            return (object)new
            {
                days = days == int.MaxValue ? "none" : days.ToString(CultureInfo.InvariantCulture),
                articlesApart = happenings.Count,
                scores = ClusterScores.Of(gold, split),
                oddEvents = ClusterScores.Of(gold, split, odd),
                evenEvents = ClusterScores.Of(gold, split, even),
            };
        }).ToList();
    }
}
