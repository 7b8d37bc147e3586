namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    private static readonly HashSet<string> AcronymSkips = new(["of", "the", "and", "for", "de", "la"], StringComparer.Ordinal);

    private static void GroupOthers(List<Raw> others, List<Group> groups)
    {
        foreach (var raw in others.OrderBy(r => r.Document, StringComparer.Ordinal).ThenBy(r => r.Span.Start))
        {
            // A lone word that is a known person's name is that person, whatever the tagger thought.
            if (raw.Joins is null && !raw.Key.Contains(' ', StringComparison.Ordinal) && BySurname(raw.Key, raw.Document, groups) is { } person && raw.Key.Length > 3)
            {
                person.Add(raw, MentionKind.Name);
                continue;
            }

            if (CountryTable.Find(raw.Key) is { } country)
            {
                var kind = country.Demonyms.Any(d => EntityNames.Key(d) == raw.Key) ? MentionKind.Demonym : MentionKind.Name;
                CountryGroup(country, groups).Add(raw, kind);
                continue;
            }

            var type = raw.Type;
            var key = raw.Joins ?? raw.Key;
            var group = groups.FirstOrDefault(g => g.Type == type && g.Country is null && (g.Key == key || Acronym(g.Key) == key || Acronym(key) == g.Key));
            if (group is null)
            {
                group = new Group(type, key);
                groups.Add(group);
            }
            else if (Acronym(group.Key) == key)
            {
                group.Key = key;
            }

            group.Add(raw, MentionKind.Name);
            if (type == EntityType.Place && CountryTable.OfCapital(raw.Key) is { } governed && StandsForGovernment(raw))
            {
                CountryGroup(governed, groups).Add(raw, MentionKind.Metonymy);
            }
        }
    }

    private static Group CountryGroup(CountryTable.Country country, List<Group> groups)
    {
        var group = groups.FirstOrDefault(g => g.Country == country);
        if (group is null)
        {
            group = new Group(EntityType.Place, EntityNames.Key(country.Name)) { Country = country };
            groups.Add(group);
        }

        return group;
    }

    // "North Atlantic Treaty Organization" → "nato"; a single word has no acronym.
    private static string? Acronym(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !AcronymSkips.Contains(w)).ToList();
        return words.Count < 2 ? null : string.Concat(words.Select(w => w[0]));
    }

    // "Ankara said", "Moscow has rejected", "Kyiv's position": the capital acts, so it stands for the government.
    private static bool StandsForGovernment(Raw raw) => raw.Acts;

    private static readonly HashSet<string> GovernmentVerbs = new(
        ["said", "says", "has", "have", "had", "is", "was", "will", "would", "wants", "wanted", "rejected", "rejects", "denied",
         "denies", "accused", "accuses", "announced", "announces", "warned", "warns", "insisted", "insists", "welcomed",
         "welcomes", "condemned", "condemns", "demanded", "demands", "responded", "agreed", "refused", "hopes", "hoped"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> GovernmentNouns = new(
        ["position", "stance", "government", "decision", "offer", "response", "role", "policy", "proposal", "demands", "efforts", "mediation"],
        StringComparer.Ordinal);

    private static bool Acts(string text, Wiredesk.Core.Text.TextSpan span)
    {
        var rest = text.AsSpan(span.End, Math.Min(40, text.Length - span.End)).TrimStart();
        var possessive = rest.StartsWith("'s") || rest.StartsWith("’s");
        if (possessive)
        {
            rest = rest[2..].TrimStart();
        }

        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        var word = rest[..end].ToString().ToLowerInvariant();
        return possessive ? GovernmentNouns.Contains(word) : GovernmentVerbs.Contains(word);
    }
}
