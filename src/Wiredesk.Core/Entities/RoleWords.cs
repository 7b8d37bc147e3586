namespace Wiredesk.Core.Entities;

/// <summary>Title and role words: what makes "NATO Secretary-General" a role and "the NATO chief" a reference to a person.</summary>
internal static class RoleWords
{
    private static readonly HashSet<string> Titles = new(
        [
            "president", "minister", "secretary", "general", "secretary general", "chancellor", "chief", "head", "leader",
            "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "commander", "king", "queen", "prince",
            "mayor", "governor", "senator", "chairman", "chairwoman", "chair", "director", "ceo", "premier", "boss",
            "speaker", "pope", "emir", "sultan", "prosecutor", "judge", "coach", "captain", "founder", "negotiator",
        ],
        StringComparer.Ordinal);

    // Informal heads that stand for whatever title the top person of an organisation or country holds.
    private static readonly HashSet<string> Informal = new(["chief", "boss", "head", "leader"], StringComparer.Ordinal);

    private static readonly HashSet<string> TopTitles = new(
        ["secretary general", "president", "chairman", "chairwoman", "director", "chief", "head", "leader", "boss", "prime minister", "premier", "chancellor", "king", "queen", "ceo"],
        StringComparer.Ordinal);

    /// <summary>Words that may qualify a title without being a name: "foreign", "defence", "deputy".</summary>
    private static readonly HashSet<string> Qualifiers = new(
        ["foreign", "defence", "defense", "interior", "finance", "deputy", "vice", "former", "prime", "state", "general", "top", "of", "the"],
        StringComparer.Ordinal);

    public static bool IsTitle(string key) => Titles.Contains(key);

    public static bool IsQualifier(string key) => Qualifiers.Contains(key);

    /// <summary>
    /// True when a reference head ("chief") fits a role (the key of "NATO Secretary-General"): the same title, or an
    /// informal head and a top title.
    /// </summary>
    public static bool HeadFits(string head, string roleKey)
    {
        var role = " " + roleKey + " ";
        if (role.Contains(" " + head + " ", StringComparison.Ordinal))
        {
            return true;
        }

        return Informal.Contains(head) && TopTitles.Any(t => role.Contains(" " + t + " ", StringComparison.Ordinal));
    }
}
