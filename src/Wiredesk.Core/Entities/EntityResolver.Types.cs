using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    /// <summary>
    /// One type for every mention of a folded name, whatever the tagger said of each: a name ending in an organisation
    /// word is an organisation; a full name tagged as a person anywhere is a person; then, for a name that is neither a
    /// country nor a word of a person's name, the dateline makes a place, a company list or an analyst's employer an
    /// organisation, two place signals (one of them strong) a place; else the type most of its mentions have (on a tie,
    /// the first's).
    /// </summary>
    private static List<Raw> Retype(List<Raw> raw, IReadOnlyList<Document> documents)
    {
        var texts = documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var organisations = raw.Where(m => OrganisationHeads.EndsName(m.Key)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

        // A full name tagged as a person anywhere in the story is a person everywhere ("France's Jean-Noel Barrot" read as an organisation).
        var people = raw.Where(m => m.Type == EntityType.Person && m.Key.Contains(' ', StringComparison.Ordinal) && !organisations.Contains(m.Key))
            .Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var personWords = people.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var datelines = documents.Where(d => d.Dateline is not null).Select(d => EntityNames.Key(d.Dateline!)).ToHashSet(StringComparer.Ordinal);
        var listed = texts.ToDictionary(t => t.Key, t => OrganisationSignals.Spans(t.Value), StringComparer.Ordinal);

        var types = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in raw.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            var (type, signalled) = Decide(name);
            types[name.Key] = type;

            // A place by the dateline or by its signals, or one the tagger called a place in more than half its mentions.
            if (signalled || (type == EntityType.Place && name.Count(m => m.Type == EntityType.Place) * 2 > name.Count()))
            {
                places.Add(name.Key);
            }
        }

        var retyped = raw.Select(m => m.Type == types[m.Key] ? m : m with
        {
            Type = types[m.Key],
            Role = types[m.Key] == EntityType.Person ? m.Role ?? RoleBefore(texts[m.Document], m.Span) : null,
        }).ToList();
        return JoinOrganisations(retyped, types, places, personWords);

        // The name's type, and whether the dateline or place signals made it a place.
        (EntityType Type, bool Signalled) Decide(IGrouping<string, Raw> name)
        {
            if (organisations.Contains(name.Key))
            {
                return (EntityType.Organization, false);
            }

            if (people.Contains(name.Key))
            {
                return (EntityType.Person, false);
            }

            if (CountryTable.Find(name.Key) is not null || personWords.Contains(name.Key))
            {
                return (MostTagged(name), false);
            }

            if (datelines.Contains(name.Key))
            {
                return (EntityType.Place, true);
            }

            if (name.Any(m => listed[m.Document].Any(s => s.Start <= m.Span.Start && m.Span.End <= s.End)))
            {
                return (EntityType.Organization, false);
            }

            return IsSignalledPlace(name, texts) ? (EntityType.Place, true) : (MostTagged(name), false);
        }
    }

    // The type most of the name's mentions were tagged with; on a tie, the first mention's.
    private static EntityType MostTagged(IEnumerable<Raw> mentions) =>
        mentions.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).First().Key;

    // Two place signals around the occurrences of the name's surface forms in the articles naming it, one of them strong ("the port
    // of X" and "in X"); weak ones ("in X") count only for a name the tagger did not mostly call an organisation
    // ("talks in Congress").
    private static bool IsSignalledPlace(IGrouping<string, Raw> name, Dictionary<string, string> texts)
    {
        var weak = MostTagged(name) != EntityType.Organization;
        var forms = name.Select(m => Clean(m.Text)).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var (strong, weakOnes) = (0, 0);
        var documents = name.Select(m => m.Document).Distinct(StringComparer.Ordinal);
        foreach (var count in documents.SelectMany(d => forms.Select(form => PlaceSignals.Count(texts[d], form, weak))))
        {
            strong += count.Strong;
            weakOnes += count.Weak;
        }

        return strong >= 1 && strong + weakOnes >= 2;
    }

    /// <summary>
    /// A lone word that is the first word of an organisation of the story whose name ends in an organisation word
    /// ("Halvard" after "Halvard Shipping") joins that organisation, as a lone surname joins a person: one named in the
    /// same article first, then the most mentioned. Not an acronym ("ANA" has its own long form), a country or a capital,
    /// a word of a person's name, a demonym of a place of the story ("Estrelian" beside "Estrelian Consumer Safety
    /// Agency" and Estrelia), or a place by the dateline, by its signals or by more than half its tags (a lone
    /// "Corran" read once as a place after "shares in" and once as a person still joins "Corran Lines").
    /// </summary>
    private static List<Raw> JoinOrganisations(List<Raw> raw, Dictionary<string, EntityType> types, HashSet<string> places, HashSet<string> personWords)
    {
        var firstWords = types
            .Where(t => t.Value == EntityType.Organization && OrganisationHeads.EndsName(t.Key))
            .Select(t => (First: t.Key[..t.Key.IndexOf(' ', StringComparison.Ordinal)], Name: t.Key))
            .ToLookup(t => t.First, t => t.Name, StringComparer.Ordinal);
        if (firstWords.Count == 0)
        {
            return raw;
        }

        var counts = raw.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var named = raw.Select(m => (m.Document, m.Key)).ToHashSet();
        // "Estrelian" beside "Estrelian Consumer Safety Agency" is the people of Estrelia, not the agency.
        var placeNames = types.Where(t => t.Value == EntityType.Place && !t.Key.Contains(' ', StringComparison.Ordinal)).Select(t => t.Key).Concat(places).ToList();
        return raw.Select(m =>
        {
            if (m.Key.Length < 3 || m.Key.Contains(' ', StringComparison.Ordinal) || !firstWords.Contains(m.Key) || places.Contains(m.Key)
                || m.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) || NamesSomethingElse(m.Key, personWords, placeNames))
            {
                return m;
            }

            var joins = firstWords[m.Key]
                .OrderByDescending(o => named.Contains((m.Document, o)))
                .ThenByDescending(o => counts[o])
                .ThenBy(o => o, StringComparer.Ordinal)
                .First();
            return m with { Type = EntityType.Organization, Role = null, Joins = joins };
        }).ToList();
    }

    /// <summary>
    /// Whether a lone word names something other than the organisation whose name it opens: a country or a capital, a
    /// word of a person's name, or a demonym of a place of the story ("Estrelian" beside "Estrelian Consumer Safety
    /// Agency" and Estrelia).
    /// </summary>
    private static bool NamesSomethingElse(string key, HashSet<string> personWords, List<string> placeNames) =>
        personWords.Contains(key) || CountryTable.Find(key) is not null || CountryTable.OfCapital(key) is not null
        || placeNames.Any(place => IsDemonymOf(key, place));
}
