namespace Wiredesk.Core.Quotes;

/// <summary>
/// The people of one document: every form of a name folded into one person under its fullest form ("Sanders" and
/// "Bernie Sanders" are one), with the roles written beside the name ("NATO Secretary-General"), so that surnames,
/// pronouns and roles ("the NATO chief") can be resolved to a name.
/// </summary>
internal sealed class PersonIndex
{
    private readonly List<KnownPerson> _people = [];

    /// <summary>Adds the mentions; longer names first, so that shorter forms join them.</summary>
    public void AddAll(IEnumerable<PersonMention> mentions)
    {
        foreach (var mention in mentions.OrderByDescending(m => NameFolding.Words(m.Name).Length))
        {
            Add(mention.Name, mention.Role, mention.Gender, singleWordAllowed: mention.Role is not null);
        }
    }

    /// <summary>Adds a name; a single word that matches nobody is kept only when allowed (a title or a speech verb vouches for it).</summary>
    public KnownPerson? Add(string name, string? role, PersonGender gender, bool singleWordAllowed)
    {
        var words = NameFolding.Words(name);
        if (words.Length == 0)
        {
            return null;
        }

        var person = Find(words);
        if (person is null)
        {
            if (words.Length == 1 && !singleWordAllowed)
            {
                return null;
            }

            person = new KnownPerson(name, words, gender);
            _people.Add(person);
        }
        else
        {
            person.Lengthen(name, words);
            if (person.Gender == PersonGender.Unknown)
            {
                person.Gender = gender;
            }
        }

        person.Mentions++;
        if (role is not null && !person.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
        {
            person.Roles.Add(role);
        }

        return person;
    }

    /// <summary>The person a name names, preferring the fullest and most mentioned.</summary>
    public KnownPerson? Find(string name) => Find(NameFolding.Words(name));

    private KnownPerson? Find(string[] words)
    {
        KnownPerson? best = null;
        foreach (var person in _people)
        {
            if ((person.IsNamedBy(words) || (words.Length > person.Words.Length && Lengthens(words, person)))
                && (best is null || person.Words.Length > best.Words.Length || (person.Words.Length == best.Words.Length && person.Mentions > best.Mentions)))
            {
                best = person;
            }
        }

        return best;
    }

    /// <summary>Whether a longer name extends a person known so far by a shorter one.</summary>
    private static bool Lengthens(string[] words, KnownPerson person)
    {
        var known = new KnownPerson(string.Join(' ', words), words, PersonGender.Unknown);
        return known.IsNamedBy(person.Words);
    }

    /// <summary>
    /// The person whose role fits a role phrase (<c>NATO chief</c> fits <c>NATO Secretary-General</c>, <c>president</c>
    /// fits <c>Turkish President</c>); among several, the one named last before <paramref name="recent"/> lists them.
    /// </summary>
    public KnownPerson? FindByRole(IReadOnlyList<string> roleWords, IReadOnlyList<KnownPerson> recent)
    {
        if (roleWords.Count == 0)
        {
            return null;
        }

        var fitting = _people.Where(p => p.Roles.Any(r => RoleFits(roleWords, r))).ToList();
        if (fitting.Count <= 1)
        {
            return fitting.FirstOrDefault();
        }

        for (var i = recent.Count - 1; i >= 0; i--)
        {
            if (fitting.Contains(recent[i]))
            {
                return recent[i];
            }
        }

        return fitting.MaxBy(p => p.Mentions);
    }

    private static readonly string[] HeadWords = ["chief", "boss", "head", "leader", "chairman", "chair"];

    private static bool RoleFits(IReadOnlyList<string> roleWords, string role)
    {
        var roleFolded = NameFolding.Words(role).SelectMany(w => w.Split('-')).ToArray();
        var head = roleWords[^1];
        var headFits = roleFolded.Contains(head)
            || (HeadWords.Contains(head) && roleFolded.Any(w => w is "secretary" or "president" or "chairman" or "director" or "minister" or "chancellor" or "leader" or "head" or "chief" or "commander" or "general"))
            || (head == "minister" && roleFolded.Contains("secretary") && roleFolded.Contains("state"));
        if (!headFits)
        {
            return false;
        }

        for (var i = 0; i < roleWords.Count - 1; i++)
        {
            var word = roleWords[i];
            if (word is "the" or "former" || roleFolded.Contains(word))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
