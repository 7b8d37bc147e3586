namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    /// <summary>What a state's formal name puts before its short one: "Republic of Estrelia" is Estrelia.</summary>
    private static readonly string[] StatePrefixes =
        ["republic of ", "democratic republic of ", "federal republic of ", "kingdom of ", "state of ", "federation of ", "principality of ", "grand duchy of "];

    /// <summary>How a demonym or adjective ends on a place's name: Estrelia → Estrelian, Kestria → Kestrian, Italy → Italian,
    /// Sudan → Sudanese, Valdor → Valdorish.</summary>
    private static readonly string[] DemonymEndings = ["n", "an", "ian", "ese", "ish", "i", "ean"];

    /// <summary>
    /// Folds the formal name and the demonyms of a place the country table does not know into the place: a story about an
    /// invented or small country names it "Estrelia", "the Republic of Estrelia" and "Estrelian" in turn. Only a place named
    /// in one word of four letters or more takes them, and only from groups that are not people.
    /// </summary>
    private static void FoldPlaceForms(List<Group> groups)
    {
        foreach (var place in groups.Where(g => g.Type == EntityType.Place && g.Country is null && g.Key.Length >= 4 && !g.Key.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            foreach (var other in groups.Where(g => g != place && g.Type != EntityType.Person && g.Country is null && g.Mentions.Count > 0).ToList())
            {
                var kind = StatePrefixes.Any(p => other.Key == p + place.Key) ? MentionKind.Name
                    : IsDemonymOf(other.Key, place.Key) ? MentionKind.Demonym
                    : (MentionKind?)null;
                if (kind is { } k)
                {
                    place.Mentions.AddRange(other.Mentions.Select(m => m with { Kind = k }));
                    place.Roles.AddRange(other.Roles);
                    other.Mentions.Clear();
                }
            }
        }
    }

    private static bool IsDemonymOf(string word, string place)
    {
        if (word.Contains(' ', StringComparison.Ordinal) || word.Length <= place.Length)
        {
            return false;
        }

        var stem = place[^1] is 'a' or 'e' or 'o' or 'y' ? place[..^1] : place;
        return DemonymEndings.Any(e => word == place + e || word == stem + e || word == place + e + "s" || word == stem + e + "s");
    }
}
