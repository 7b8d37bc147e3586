namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    private static readonly HashSet<string> Honorifics = new(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"], StringComparer.Ordinal);

    // Full names first, longest first, so that "Recep Tayyip Erdoğan" is the group a later "Erdogan" or a typo joins.
    private static void GroupPeople(List<Raw> people, List<Group> groups)
    {
        var ordered = people
            .Select(p => (Raw: p, Words: Name(p.Key)))
            .Where(p => p.Words.Length > 0)
            .OrderByDescending(p => p.Words.Length)
            .ThenBy(p => p.Raw.Document, StringComparer.Ordinal).ThenBy(p => p.Raw.Span.Start)
            .ToList();
        foreach (var (raw, words) in ordered)
        {
            var group = words.Length > 1 ? SamePerson(words, groups) : BySurname(words[0], raw.Document, groups);
            if (group is null)
            {
                group = new Group(EntityType.Person, string.Join(' ', words));
                groups.Add(group);
            }

            if (words.Length > 1 && !group.FullNames.Any(f => f.SequenceEqual(words)))
            {
                group.FullNames.Add(words);
            }

            group.Add(raw, MentionKind.Name);
        }
    }

    private static string[] Name(string key) =>
        key.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Honorifics.Contains).ToArray();

    private static Group? SamePerson(string[] words, List<Group> groups) =>
        groups.FirstOrDefault(g => g.Type == EntityType.Person && g.FullNames.Any(f => Compatible(f, words)));

    // Same surname (or a typo of it) and first names that agree: equal, a typo, an initial, or one name inside the other.
    private static bool Compatible(string[] a, string[] b)
    {
        if (!EntityNames.NearlyEqual(a[^1], b[^1]))
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter[..^1].All(w => longer[..^1].Any(l => l == w || EntityNames.NearlyEqual(l, w) || (w.Length == 1 && l[0] == w[0]) || (l.Length == 1 && w[0] == l[0])));
    }

    // A lone word joins the person whose surname (or another of whose names) it is: in the same document if one is
    // named there, else the most mentioned.
    private static Group? BySurname(string word, string document, List<Group> groups)
    {
        var matches = groups
            .Where(g => g.Type == EntityType.Person && g.FullNames.Any(f => EntityNames.NearlyEqual(f[^1], word) || (word.Length > 3 && f.Contains(word))))
            .ToList();
        return matches
            .OrderByDescending(g => g.Mentions.Any(m => m.Document == document))
            .ThenByDescending(g => g.FullNames.Any(f => f[^1] == word))
            .ThenByDescending(g => g.Mentions.Count)
            .FirstOrDefault()
            ?? groups.FirstOrDefault(g => g.Type == EntityType.Person && g.FullNames.Count == 0 && g.Key == word);
    }
}
