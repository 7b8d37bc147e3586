using System.Collections.Frozen;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// Possessed speakers: <c>Mr Marsden's lawyer</c>, <c>his spokesman</c>, <c>the minister's office</c>. The possessor is
/// never the speaker; the speaker is the person the document names in that role for that possessor, or the phrase.
/// </summary>
internal sealed partial class DocumentQuotes
{
    /// <summary>Nouns of kinship and of people acting for someone, which after a possessor name a person (<c>his wife</c>).</summary>
    private static readonly FrozenSet<string> RelationNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "wife", "husband", "partner", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "friend",
        "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "niece", "nephew", "uncle", "aunt", "cousin",
        "grandson", "granddaughter", "colleague", "assistant", "bodyguard", "driver", "biographer", "agent", "publicist",
        "solicitor", "barrister", "defender", "successor", "predecessor", "deputy", "lawyer", "attorney", "counsel",
        "representative", "spokesman", "spokeswoman", "spokesperson");

    /// <summary>Nouns of kinship that tell the gender ("his wife" is a "she"); titles that do (spokesman, chairwoman) are
    /// in <see cref="PersonWords.GenderTitles"/>.</summary>
    private static readonly FrozenDictionary<string, PersonGender> GenderedNouns = new Dictionary<string, PersonGender>(StringComparer.OrdinalIgnoreCase)
    {
        ["wife"] = PersonGender.Female, ["mother"] = PersonGender.Female, ["daughter"] = PersonGender.Female, ["sister"] = PersonGender.Female,
        ["widow"] = PersonGender.Female, ["girlfriend"] = PersonGender.Female, ["fiancee"] = PersonGender.Female, ["fiancée"] = PersonGender.Female,
        ["niece"] = PersonGender.Female, ["aunt"] = PersonGender.Female, ["granddaughter"] = PersonGender.Female,
        ["businesswoman"] = PersonGender.Female, ["husband"] = PersonGender.Male, ["father"] = PersonGender.Male, ["son"] = PersonGender.Male,
        ["brother"] = PersonGender.Male, ["widower"] = PersonGender.Male, ["boyfriend"] = PersonGender.Male, ["fiance"] = PersonGender.Male,
        ["fiancé"] = PersonGender.Male, ["nephew"] = PersonGender.Male, ["uncle"] = PersonGender.Male, ["grandson"] = PersonGender.Male,
        ["businessman"] = PersonGender.Male,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Possessive determiners that open a possessed phrase (<c>his lawyer</c>).</summary>
    private static readonly FrozenSet<string> PossessiveDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "his", "her", "their", "its");

    /// <summary>People the document names as someone's lawyer, spokesman, wife …, found before any speaker is resolved.</summary>
    private readonly List<PossessedHolder> _holders = [];

    /// <summary>A named holder of a possessed role: <c>Mr Marsden's lawyer, Runa Dahl</c>, <c>Runa Dahl, his lawyer,</c>.</summary>
    /// <param name="Noun">The role or relation noun, folded (<c>lawyer</c>).</param>
    /// <param name="Possessor">Whose it is, when a name says so; null after "his", "her" …</param>
    /// <param name="Holder">The person named in it.</param>
    private sealed record PossessedHolder(string Noun, KnownPerson? Possessor, KnownPerson Holder);

    /// <summary>Whether token <paramref name="t"/> can own a following noun: a possessive name (<c>Marsden's</c>) or his / her / their / its.</summary>
    private bool IsPossessor(int p, int t) => IsWord(p, t) && (IsPossessiveName(p, t) || Is(p, t, PossessiveDeterminers));

    /// <summary>
    /// The last token of the noun group owned by the possessor at token <paramref name="possessor"/>, before
    /// <paramref name="limit"/>: one to three lower-case words that are no verb, adverb, preposition or clause word
    /// (<c>lawyer</c>, <c>campaign manager</c>); -1 when none follows.
    /// </summary>
    private int PossessedEnd(int p, int possessor, int limit)
    {
        var k = possessor;
        while (k + 1 < limit && k - possessor < 3 && IsWord(p, k + 1) && char.IsLower(_text[_paragraphs[p].Tokens[k + 1].Start])
            && !Is(p, k + 1, Adverbs) && !Is(p, k + 1, Auxiliaries) && !Is(p, k + 1, ClauseWords) && !Is(p, k + 1, Prepositions)
            && !Is(p, k + 1, SubjectPronouns) && !Is(p, k + 1, OtherPronouns) && !AttributionVerbs.Contains(Word(p, k + 1))
            && !(k > possessor && TryCue(p, k + 1, limit, out _, out _, out _)))
        {
            k++;
        }

        return k > possessor ? k : -1;
    }

    /// <summary>Whether token <paramref name="t"/> is a noun that names a person (a role, a job or a relation).</summary>
    private bool IsPersonNoun(int p, int t) => Is(p, t, RoleNouns) || Is(p, t, PersonWords.JobTitles) || Is(p, t, RelationNouns);

    /// <summary>The gender a person noun tells (<c>wife</c>, <c>spokesman</c>), else unknown.</summary>
    private PersonGender NounGender(int p, int t) =>
        GenderedNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(p, t), out var gender) ? gender
        : PersonWords.GenderTitles.TryGetValue(Word(p, t).ToString(), out var titled) ? titled
        : PersonGender.Unknown;

    /// <summary>The person a possessor token stands for: the person its name names; for a pronoun, the one it refers to, if any.</summary>
    private KnownPerson? PossessorPerson(int p, int t, int sentence)
    {
        var word = Word(p, t);
        if (Is(p, t, PossessiveDeterminers))
        {
            return word.Equals("his", StringComparison.OrdinalIgnoreCase) ? ResolvePronoun("he", sentence, null, subjectsOnly: true)
                : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? ResolvePronoun("she", sentence, null, subjectsOnly: true)
                : null;
        }

        return _people.Find(word[..^2].ToString());
    }

    /// <summary>
    /// The named holder of the role <paramref name="noun"/> of the possessor at token <paramref name="t"/>: one written for
    /// that possessor first; for a name, else one written after "his" or "her"; for "his" or "her", whose referent is only
    /// a guess, else any holder.
    /// </summary>
    private KnownPerson? FindHolder(int p, int t, string noun, int sentence)
    {
        var pronoun = Is(p, t, PossessiveDeterminers);
        var possessor = PossessorPerson(p, t, sentence);
        PossessedHolder? loose = null;
        foreach (var holder in _holders)
        {
            // After "his", a referent who holds the role himself was the wrong guess ("Runa Dahl, Mr Marsden's lawyer, …
            // His lawyer said"), so he is not left out.
            if (holder.Noun != noun || (holder.Holder == possessor && !pronoun))
            {
                continue;
            }

            if (possessor is not null && holder.Possessor == possessor)
            {
                return holder.Holder;
            }

            if (pronoun || possessor is null || holder.Possessor is null)
            {
                loose ??= holder;
            }
        }

        return loose?.Holder;
    }

    /// <summary>
    /// Collects the named holders of possessed roles in paragraph <paramref name="p"/>: a name right after a possessed
    /// person noun (<c>Marsden's lawyer Runa Dahl</c>, <c>His lawyer, Runa Dahl,</c>), or right before one set off by a
    /// comma (<c>Runa Dahl, Mr Marsden's lawyer,</c>).
    /// </summary>
    private void CollectHolders(int p)
    {
        var paragraph = _paragraphs[p];
        var tokens = paragraph.Tokens;
        var t = 0;
        foreach (var mention in paragraph.People)
        {
            while (t < tokens.Length && tokens[t].Start < mention.NameSpan.Start)
            {
                t++;
            }

            var last = t;
            while (last + 1 < tokens.Length && tokens[last + 1].Start < mention.NameSpan.End)
            {
                last++;
            }

            if (t >= tokens.Length || _people.Find(mention.Name) is not { } holder)
            {
                continue;
            }

            var noun = t - 1 >= 0 && IsPunct(p, t - 1, ',') ? t - 2 : t - 1;
            if (noun >= 1 && IsPersonNoun(p, noun) && PossessorBefore(p, noun) is var before and >= 0)
            {
                AddHolder(p, noun, before, holder);
                continue;
            }

            if (last + 2 < tokens.Length && IsPunct(p, last + 1, ','))
            {
                var q = last + 2;
                while (q < tokens.Length - 1 && q < last + 5 && IsCapitalised(p, q) && !IsPossessor(p, q))
                {
                    q++;
                }

                if (q < tokens.Length && IsPossessor(p, q) && PossessedEnd(p, q, tokens.Length) is var end and >= 0 && IsPersonNoun(p, end)
                    && (end + 1 >= tokens.Length || !IsWord(p, end + 1) || char.IsLower(Word(p, end + 1)[0])))
                {
                    AddHolder(p, end, q, holder);
                }
            }
        }
    }

    /// <summary>The possessor token whose noun group ends at <paramref name="noun"/>, or -1.</summary>
    private int PossessorBefore(int p, int noun)
    {
        for (var q = noun - 1; q >= 0 && q >= noun - 3; q--)
        {
            if (IsPossessor(p, q))
            {
                return PossessedEnd(p, q, noun + 1) == noun ? q : -1;
            }

            if (!IsWord(p, q) || !char.IsLower(Word(p, q)[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    private void AddHolder(int p, int noun, int possessor, KnownPerson holder)
    {
        var owner = Is(p, possessor, PossessiveDeterminers) ? null : _people.Find(Word(p, possessor)[..^2].ToString());
        if (owner != holder)
        {
            _holders.Add(new PossessedHolder(NameFolding.Fold(Word(p, noun)), owner, holder));
        }
    }

    /// <summary>
    /// The speaker of a phrase whose head is a possessed noun (<c>Mr Marsden's lawyer</c>, <c>his spokesman</c>, <c>the
    /// company's spokeswoman</c>) ending at <paramref name="headEnd"/>: the person named in that role for that possessor,
    /// else the phrase's words, never the possessor; null when the phrase has no such head.
    /// </summary>
    private SpeakerChoice? ResolvePossessed(int p, int start, int end, int headEnd, TextSpan span, int sentence)
    {
        var tokens = _paragraphs[p].Tokens;
        for (var t = start; t < end && tokens[t].End < headEnd; t++)
        {
            if (!IsPossessor(p, t) || PossessedEnd(p, t, end + 1) is not (var noun and >= 0) || tokens[noun].End != headEnd)
            {
                continue;
            }

            if (IsPersonNoun(p, noun) && FindHolder(p, t, NameFolding.Fold(Word(p, noun)), sentence) is { } holder)
            {
                return new SpeakerChoice(span, holder.Name, true, 0.7);
            }

            return new SpeakerChoice(span, span.Of(_text), false, 0.5);
        }

        return null;
    }

    /// <summary>
    /// When the sentence's subject is a possessed person noun (<c>Mr Marsden's lawyer said</c>, <c>His wife told</c>), makes
    /// it the subject of <paramref name="info"/> in the possessor's place: its named holder, or else the phrase as an
    /// unnamed role with the gender its noun tells; the person an apposition names (<c>Marsden's lawyer, Runa Dahl,</c>).
    /// Returns whether it did.
    /// </summary>
    private bool DescribePossessedSubject(SentenceInfo info, int p, int possessor, int end)
    {
        var noun = PossessedEnd(p, possessor, end);
        if (noun < 0 || !IsPersonNoun(p, noun) || noun + 1 >= end)
        {
            return false;
        }

        if (IsPunct(p, noun + 1, ',') && noun + 2 < end && MentionAt(p, noun + 2) is { } named)
        {
            // "Marsden's lawyer, Runa Dahl, said": the name in the apposition.
            info.Subject = _people.Find(named.Name) ?? _people.Add(named.Name, named.Role, named.Gender, singleWordAllowed: true);
            return true;
        }

        if (!IsPunct(p, noun + 1, ',') && !(IsWord(p, noun + 1) && char.IsLower(Word(p, noun + 1)[0])))
        {
            return false;
        }

        var start = possessor;
        while (start > info.Start && IsCapitalised(p, start - 1) && !IsPossessor(p, start - 1) && start > possessor - 3)
        {
            start--;
        }

        if (start > info.Start && Word(p, start - 1) is "the" or "The")
        {
            start--;
        }

        info.Subject = FindHolder(p, possessor, NameFolding.Fold(Word(p, noun)), _sentences.Count);
        if (info.Subject is null)
        {
            info.RoleSubject = SpanOf(p, start, noun);
            info.RoleGender = NounGender(p, noun);
        }

        return true;
    }

    /// <summary>The person mention of paragraph <paramref name="p"/> whose name starts at token <paramref name="t"/>, if any.</summary>
    private PersonMention? MentionAt(int p, int t)
    {
        var paragraph = _paragraphs[p];
        var start = paragraph.Tokens[t].Start;
        for (var m = FirstMentionFrom(paragraph, start); m < paragraph.People.Count && paragraph.People[m].Span.Start <= start; m++)
        {
            if (paragraph.People[m].NameSpan.Start == start)
            {
                return paragraph.People[m];
            }
        }

        return null;
    }
}
