namespace Wiredesk.Core.Entities;

/// <summary>
/// Words that end the names of companies and other organisations ("Shipping", "Lines", "Bank", "Holdings", "plc"),
/// written for Wiredesk: a name of two words or more that ends in one is an organisation, whatever the tagger said.
/// </summary>
internal static class OrganisationHeads
{
    private static readonly HashSet<string> Heads = new(
        ["shipping", "lines", "airlines", "airways", "railways", "rail", "motors", "automotive", "logistics", "freight",
         "bank", "bancorp", "banking", "capital", "partners", "securities", "investments", "ventures", "asset management", "insurance",
         "assurance", "financial", "finance", "holdings", "holding", "group", "corporation", "corp", "incorporated", "inc", "ltd",
         "limited", "llc", "plc", "ag", "sa", "se", "nv", "bv", "gmbh", "asa", "ab", "oyj", "spa", "co", "company",
         "energy", "power", "petroleum", "mining", "metals", "steel", "chemicals", "pharmaceuticals", "pharma", "biotech",
         "foods", "brands", "beverages", "breweries", "industries", "manufacturing", "engineering", "construction",
         "systems", "technologies", "technology", "software", "networks", "telecom", "telecommunications", "communications",
         "media", "entertainment", "studios", "publishing", "news", "times", "post", "journal", "review", "herald", "gazette",
         "tribune", "labs", "laboratories", "electronics", "electric",
         "agency", "institute", "association", "federation", "foundation", "council", "commission", "authority"],
        StringComparer.Ordinal);

    /// <summary>Directions and sides that make a place of "Bank": "West Bank", "Left Bank".</summary>
    private static readonly HashSet<string> PlaceFirstWords = new(
        ["west", "east", "north", "south", "left", "right", "upper", "lower"], StringComparer.Ordinal);

    /// <summary>Whether the folded name <paramref name="key"/> has two words or more and ends in an organisation word
    /// ("halvard shipping", "corran lines"), and is not a direction and a word ("west bank").</summary>
    public static bool EndsName(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var head = words[^1];
        if (words.Length == 2 && PlaceFirstWords.Contains(words[0]))
        {
            return false;
        }

        return Heads.Contains(head) || Heads.Contains(words[^2] + " " + head);
    }
}
