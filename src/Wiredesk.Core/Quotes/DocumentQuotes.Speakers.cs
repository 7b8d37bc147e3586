using System.Collections.Frozen;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>Resolving speaker phrases: names to their fullest form, pronouns to the person last spoken of, roles to their holder.</summary>
internal sealed partial class DocumentQuotes
{
    /// <summary>Nouns of office that, after "the", point back to a person already named ("the minister", "the NATO chief").</summary>
    private static readonly FrozenSet<string> RoleNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "president", "chief", "boss", "head", "leader", "minister", "secretary", "secretary-general", "chancellor", "official",
        "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "mayor", "candidate", "nominee", "chairman",
        "chairwoman", "director", "ambassador", "envoy", "premier", "congressman", "congresswoman", "general", "commander",
        "diplomat", "politician", "lawmaker", "king", "queen", "prince", "pope", "judge", "prosecutor", "founder", "ceo",
        "executive", "billionaire", "businessman", "businesswoman", "mogul", "democrat", "republican", "frontrunner",
        "front-runner", "vice", "speaker", "manager", "adviser", "advisor", "aide", "strategist", "coach", "star", "actor",
        "actress", "singer", "author", "doctor", "professor", "economist", "analyst", "expert");

    private const int LookBack = 12;

    /// <summary>
    /// The person a pronoun refers to: the subject of the nearest earlier sentence that fits its gender, else (unless
    /// <paramref name="subjectsOnly"/>) the last person named in the three sentences before.
    /// </summary>
    private KnownPerson? ResolvePronoun(ReadOnlySpan<char> pronoun, int sentence, KnownPerson? sameSentence, bool subjectsOnly = false) =>
        ResolvePronoun(pronoun, sentence, sameSentence, subjectsOnly, out _);

    /// <summary>
    /// As above; when a sentence on the way back has an unnamed holder of a role as its subject (<c>The fire chief said
    /// …</c>), the pronoun is taken to mean that one: no person, and <paramref name="role"/> says where the role is written.
    /// </summary>
    private KnownPerson? ResolvePronoun(ReadOnlySpan<char> pronoun, int sentence, KnownPerson? sameSentence, bool subjectsOnly, out TextSpan? role)
    {
        role = null;
        var gender = GenderOf(pronoun);
        if (sameSentence is not null && Fits(sameSentence, gender))
        {
            return sameSentence;
        }

        for (var s = sentence - 1; s >= 0 && s >= sentence - LookBack; s--)
        {
            if (_sentences[s].Subject is { } subject && Fits(subject, gender))
            {
                return subject;
            }

            if (_sentences[s].RoleSubject is { } unnamed && (_sentences[s].RoleGender == PersonGender.Unknown || _sentences[s].RoleGender == gender))
            {
                role = unnamed;
                return null;
            }
        }

        for (var s = sentence - 1; s >= 0 && s >= sentence - 3 && !subjectsOnly; s--)
        {
            for (var n = _sentences[s].Named.Count - 1; n >= 0; n--)
            {
                if (Fits(_sentences[s].Named[n], gender))
                {
                    return _sentences[s].Named[n];
                }
            }
        }

        return null;
    }

    /// <summary>The last person named in paragraph <paramref name="p"/> between tokens <paramref name="from"/> and
    /// <paramref name="before"/> whose gender fits <paramref name="pronoun"/>.</summary>
    private KnownPerson? NamedBefore(int p, int from, int before, ReadOnlySpan<char> pronoun)
    {
        var paragraph = _paragraphs[p];
        var gender = GenderOf(pronoun);
        var (start, end) = (paragraph.Tokens[from].Start, paragraph.Tokens[before].Start);
        // A company's name ("Halvard Shipping") is no antecedent of "she".
        return paragraph.People
            .Where(m => m.Span.Start >= start && m.Span.End <= end && !Entities.OrganisationHeads.EndsName(Entities.EntityNames.Key(m.Name)))
            .Select(m => _people.Find(m.Name))
            .LastOrDefault(person => person is not null && Fits(person, gender));
    }

    private static PersonGender GenderOf(ReadOnlySpan<char> pronoun) =>
        pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("her", StringComparison.OrdinalIgnoreCase) ? PersonGender.Female : PersonGender.Male;

    private static bool Fits(KnownPerson person, PersonGender gender) => person.Gender == PersonGender.Unknown || person.Gender == gender;

    /// <summary>Resolves the speaker phrase of tokens [<paramref name="start"/>, <paramref name="end"/>] of paragraph <paramref name="p"/>.</summary>
    private SpeakerChoice ResolvePhrase(int p, int start, int end, int sentence, bool vouched = true)
    {
        var span = SpanOf(p, start, end);
        var paragraph = _paragraphs[p];
        if (start == end && Is(p, start, SubjectPronouns))
        {
            var info = _sentences[sentence];
            var (s, e, subject) = SubjectBefore(p, info.Start, start);

            // "Mr Marsden's lawyer said she …": the possessor is not the subject.
            var same = subject is not null && s < start && !(IsPossessiveName(p, e) && PossessedEnd(p, e, start) >= 0) ? _people.Find(subject.Name) : null;
            var person = ResolvePronoun(Word(p, start), sentence, same, subjectsOnly: false, out var role);
            if (person is null && role is { } unnamed)
            {
                // "The fire chief said …. “…,” she said": the chief, whose name the article never gave.
                return new SpeakerChoice(span, unnamed.Of(_text), false, 0.5);
            }

            // "When Ingrid Solvang took over …, she promised …", with no one before: the person named earlier in the sentence.
            person ??= NamedBefore(p, info.Start, start, Word(p, start));
            return person is null ? new SpeakerChoice(span, null, false, 0.3) : new SpeakerChoice(span, person.Name, true, 0.75);
        }

        if (start == end && Is(p, start, OtherPronouns))
        {
            return new SpeakerChoice(span, null, false, 0.3);
        }

        // The head of the phrase is its last name before any comma or bracket: "Port Authority chief Lena Markovic", while
        // "Tomas Reyvel, who flew to Portheaven, …" keeps the name the clause describes.
        var headEnd = span.End;
        for (var t = start; t <= end; t++)
        {
            if (IsPunct(p, t, ',') || IsPunct(p, t, '('))
            {
                headEnd = paragraph.Tokens[t].Start;
                break;
            }
        }

        for (var m = LastMentionBefore(paragraph, headEnd); m >= 0 && paragraph.People[m].NameSpan.Start >= span.Start; m--)
        {
            var mention = paragraph.People[m];
            if (mention.NameSpan.End <= headEnd && !OwnsALaterName(paragraph, m, span) && !ModifiesANoun(mention.NameSpan.End, headEnd)
                && (_people.Find(mention.Name) ?? (vouched ? _people.Add(mention.Name, mention.Role, mention.Gender, singleWordAllowed: true) : null)) is { } head)
            {
                return new SpeakerChoice(span, head.Name, true, 0.9);
            }
        }

        for (var m = FirstMentionFrom(paragraph, span.Start); m < paragraph.People.Count && paragraph.People[m].Span.Start < span.End; m++)
        {
            var mention = paragraph.People[m];
            if (mention.NameSpan.Start >= span.Start && mention.NameSpan.End <= span.End && !OwnsALaterName(paragraph, m, span)
                && !ModifiesANoun(mention.NameSpan.End, headEnd))
            {
                var person = _people.Find(mention.Name) ?? (vouched ? _people.Add(mention.Name, mention.Role, mention.Gender, singleWordAllowed: true) : null);
                if (person is not null)
                {
                    return new SpeakerChoice(span, person.Name, true, 0.9);
                }
            }
        }

        // A capitalised word the finder turned down ("Rubio" at a sentence start) still names the speaker before a cue.
        for (var t = end; t >= start; t--)
        {
            if (IsCapitalised(p, t) && !PersonWords.Contains(PersonWords.NotNames, Word(p, t)) && !PersonWords.Contains(PersonWords.Titles, Word(p, t))
                && !PersonWords.Contains(PersonWords.Affiliations, Word(p, t)) && !ModifiesANoun(paragraph.Tokens[t].End, headEnd)
                && _people.Find(Word(p, t).ToString()) is { } known)
            {
                return new SpeakerChoice(span, known.Name, true, 0.85);
            }
        }

        if (ResolvePossessed(p, start, end, headEnd, span, sentence) is { } possessed)
        {
            return possessed;
        }

        var roleWords = RoleWords(p, start, end);
        if (roleWords is not null)
        {
            var recent = new List<KnownPerson>();
            for (var s = Math.Max(0, sentence - LookBack); s <= sentence; s++)
            {
                recent.AddRange(_sentences[s].Named);
                if (_sentences[s].Subject is { } subject)
                {
                    recent.Add(subject);
                }
            }

            var holder = _people.FindByRole(roleWords, recent);
            if (holder is null && Word(p, start) is "the" or "The" && roleWords.Count == 1)
            {
                // "The official said": the person the story has been about. A role with more words ("the fire chief") tells
                // more than that, and names no one when nobody holds it.
                holder = ResolvePronoun("he", sentence, null, subjectsOnly: true);
            }

            if (holder is not null)
            {
                return new SpeakerChoice(span, holder.Name, true, 0.7);
            }
        }

        return new SpeakerChoice(span, span.Of(_text), false, 0.5);
    }

    /// <summary>
    /// Whether a name ending at <paramref name="nameEnd"/> is followed, before the head's end, by a lower-case word it
    /// qualifies (<c>Kelland police</c>, <c>the Tarrovian portal</c>, <c>Brellin fire service</c>): a place, a people or an
    /// organisation named before a noun is a modifier, and the noun is the head of the phrase. So is a possessor
    /// (<c>Mr Marsden's lawyer</c>, <c>the company's spokeswoman</c>).
    /// </summary>
    private bool ModifiesANoun(int nameEnd, int headEnd)
    {
        var i = nameEnd;
        if (i + 1 < headEnd && _text[i] is '’' or '\'' && _text[i + 1] == 's')
        {
            i += 2;
        }

        if (i >= headEnd || _text[i] != ' ')
        {
            return false;
        }

        while (i < headEnd && _text[i] == ' ')
        {
            i++;
        }

        return i < headEnd && char.IsLower(_text[i]);
    }

    /// <summary>Whether mention <paramref name="m"/> is a possessive (<c>Berg’s campaign manager, Ola Strand</c>) with another name after it in the span.</summary>
    private bool OwnsALaterName(QuoteParagraph paragraph, int m, TextSpan span)
    {
        var end = paragraph.People[m].NameSpan.End;
        var possessive = end + 1 < _text.Length && _text[end] is '’' or '\'' && _text[end + 1] == 's';
        return possessive && m + 1 < paragraph.People.Count && paragraph.People[m + 1].NameSpan.End <= span.End;
    }

    /// <summary>The last mention of the paragraph whose name ends at or before <paramref name="offset"/>, or -1.</summary>
    private static int LastMentionBefore(QuoteParagraph paragraph, int offset)
    {
        var m = FirstMentionFrom(paragraph, offset) - 1;
        while (m >= 0 && paragraph.People[m].NameSpan.End > offset)
        {
            m--;
        }

        return m;
    }

    /// <summary>The first mention of the paragraph starting at or after <paramref name="offset"/> (binary search).</summary>
    private static int FirstMentionFrom(QuoteParagraph paragraph, int offset)
    {
        int lo = 0, hi = paragraph.People.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (paragraph.People[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The folded words of a role phrase ("the NATO chief" → nato, chief), or null when it is not one.</summary>
    private List<string>? RoleWords(int p, int start, int end)
    {
        if (end - start > 5 || !(Is(p, end, RoleNouns) || Is(p, end, PersonWords.JobTitles)))
        {
            return null;
        }

        var words = new List<string>();
        for (var t = start; t <= end; t++)
        {
            if (!IsWord(p, t))
            {
                return null;
            }

            var word = NameFolding.Fold(Word(p, t));
            if (word is "the" or "a" or "an")
            {
                if (word != "the")
                {
                    return null;
                }

                continue;
            }

            words.Add(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word);
        }

        return words;
    }

    /// <summary>The speaker as the subject of the sentence before token <paramref name="before"/> (for "…, saying: …" and a colon).</summary>
    private SpeakerChoice SubjectSpeaker(int p, int sentence, int before)
    {
        var info = _sentences[sentence];
        var (s, e, _) = SubjectBefore(p, info.Start, before);
        if (s < 0)
        {
            var (a, b) = OpeningNounPhrase(p, info.Start, before);
            if (a >= 0)
            {
                return ResolvePhrase(p, a, b, sentence, vouched: false) with { Confidence = 0.5 };
            }

            return info.Subject is { } fallback ? new SpeakerChoice(null, fallback.Name, true, 0.5) : default;
        }

        var choice = ResolvePhrase(p, s, e, sentence, vouched: false);
        return choice.IsPerson || Is(p, s, SubjectPronouns) ? choice with { Confidence = choice.Confidence - 0.1 } : default;
    }
}
