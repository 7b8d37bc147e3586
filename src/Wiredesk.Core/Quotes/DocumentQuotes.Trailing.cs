using System.Collections.Frozen;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// Where an attribution stands apart from what was said: closing the sentence after a comma (<c>…, Olsen told a press
/// briefing.</c>), and the words between a verb and its "that" (<c>said on Tuesday that</c>, <c>told reporters that</c>).
/// </summary>
internal sealed partial class DocumentQuotes
{
    /// <summary>Words that open an adverbial clause or phrase, never reported words of their own (<c>After the talks, …</c>).</summary>
    private static readonly FrozenSet<string> Subordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "after", "before", "when", "while", "as", "since", "until", "if", "although", "though", "because", "unless", "once", "whether");

    /// <summary>Modal and negating words: after one of them a verb follows, so the words hold a clause.</summary>
    private static readonly FrozenSet<string> Modals = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "would", "will", "could", "can", "should", "shall", "may", "might", "must", "not", "cannot", "won't", "wouldn't", "can't");

    /// <summary>Verbs of telling, whose object is whom it was told, not what (<c>told reporters</c>, <c>is warning voters</c>).</summary>
    private static readonly FrozenSet<string> Telling = FrozenSet.Create(
        StringComparer.Ordinal,
        "told", "tells", "tell", "telling", "assured", "assures", "assuring", "warned", "warns", "warning", "reminded", "reminds",
        "reminding", "informed", "informs", "informing");

    /// <summary>
    /// The report of the sentence [<paramref name="start"/>, <paramref name="stop"/>) when it ends with an attribution
    /// after a comma (<c>…, and Nordby wants more, Olsen told a press briefing at the town hall.</c>, <c>…, said the
    /// spokesman.</c>): everything before the comma is what was said, speech verbs inside it included. Null otherwise.
    /// </summary>
    private ReportedClause? TrailingReport(int p, int start, int stop, bool[] used)
    {
        for (var t = stop - 1; t > start + 3; t--)
        {
            if (used[t] || _paragraphs[p].InQuote(t))
            {
                return null;
            }

            if (!TryCue(p, t, stop, out var form, out var takesClause, out var cueEnd))
            {
                continue;
            }

            if (form != CueForm.Finite || !takesClause)
            {
                return null;
            }

            var (s, e) = SpeakerBefore(p, t, start);
            var end = -1;
            if (s >= 0)
            {
                end = TrailsSentence(p, cueEnd, stop) ? ClosesClause(p, s, start) : -1;
            }
            else
            {
                (s, e) = SpeakerAfter(p, cueEnd, stop);
                end = s >= 0 && e >= stop - 3 && IsPunct(p, t - 1, ',') ? t - 2 : -1;
            }

            // Not a phrase of time or place before the comma, nor a speaker that is none; and in "Peter Holm said the ferries
            // would sail …, he said" the pronoun only repeats the speaker named first.
            if (end - start < 3 || !ReportsFrom(p, start) || !StandsForSpeaker(p, s, e) || (s == e && Is(p, s, SubjectPronouns) && NamedSpeakerOpens(p, start, end)))
            {
                return null;
            }

            for (var u = start; u <= end; u++)
            {
                if (used[u])
                {
                    return null;
                }
            }

            return new ReportedClause(new Attribution(t, cueEnd, CueForm.Finite, s, e, cueEnd), AfterDateline(p, start, end), end);
        }

        return null;
    }

    /// <summary>
    /// The first token after a dateline opening the sentence at <paramref name="start"/> (<c>NORDBY (HWA) - The ferries …</c>:
    /// words in capitals, perhaps an agency in brackets, then a dash), or <paramref name="start"/> when there is none.
    /// </summary>
    private int AfterDateline(int p, int start, int end)
    {
        if (!IsAllCapitals(p, start))
        {
            return start;
        }

        for (var t = start + 1; t < end && t < start + 10; t++)
        {
            if (IsPunct(p, t, '-') || IsPunct(p, t, '–') || IsPunct(p, t, '—'))
            {
                return t + 1;
            }

            if (!IsAllCapitals(p, t) && !IsPunct(p, t, '(') && !IsPunct(p, t, ')') && !IsPunct(p, t, ','))
            {
                return start;
            }
        }

        return start;
    }

    /// <summary>Whether token <paramref name="t"/> is a word of two or more letters, all capitals.</summary>
    private bool IsAllCapitals(int p, int t) => IsWord(p, t) && CapitalisedPersonFinder.IsAcronym(Word(p, t));

    /// <summary>
    /// Whether tokens [<paramref name="s"/>, <paramref name="e"/>] can name whoever spoke: not a participle (<c>including
    /// …</c>), nor a common noun with a name after it (<c>a point Berg also made</c>, a clause describing the words before it).
    /// </summary>
    private bool StandsForSpeaker(int p, int s, int e)
    {
        if (IsWord(p, s) && char.IsLower(Word(p, s)[0]) && Word(p, s).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = s; k < e; k++)
        {
            if (IsWord(p, k) && char.IsLower(Word(p, k)[0]) && IsCapitalised(p, k + 1) && !Is(p, k, Prepositions) && Word(p, k) is not ("of" or "for" or "the" or "a" or "an")
                && !PersonWords.Contains(PersonWords.Titles, Word(p, k)) && !PersonWords.Contains(PersonWords.JobTitles, Word(p, k)) && !Is(p, k, RoleNouns))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>] open with a person's name and hold a speech verb taking a clause.</summary>
    private bool NamedSpeakerOpens(int p, int from, int to)
    {
        var paragraph = _paragraphs[p];
        var m = FirstMentionFrom(paragraph, paragraph.Tokens[from].Start);
        if (m >= paragraph.People.Count || paragraph.People[m].Span.Start != paragraph.Tokens[from].Start || _people.Find(paragraph.People[m].Name) is null)
        {
            return false;
        }

        for (var k = from + 1; k <= to; k++)
        {
            if (!paragraph.InQuote(k) && TryCue(p, k, to + 1, out var form, out var takesClause, out _) && takesClause && form == CueForm.Finite)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether words starting at <paramref name="t"/> can be what was said: not a phrase of time, place or condition (<c>After the talks</c>).</summary>
    private bool ReportsFrom(int p, int t) =>
        !IsWord(p, t) || !(Is(p, t, Prepositions) || Is(p, t, Subordinators) || Is(p, t, Calendar) || Is(p, t, TimeAdverbs));

    /// <summary>Whether little more than whom it was told and a time or place phrase follows the cue ending at <paramref name="cueEnd"/> to the sentence's end.</summary>
    private bool TrailsSentence(int p, int cueEnd, int stop)
    {
        if (stop - cueEnd <= 5)
        {
            return true;
        }

        var t = IsTelling(p, cueEnd) ? AfterRecipient(p, cueEnd + 1, stop) : cueEnd + 1;
        if (t >= stop)
        {
            return true;
        }

        if (stop - t > 10 || !(Is(p, t, Prepositions) || Is(p, t, Calendar) || Word(p, t) is "after" or "before"))
        {
            return false;
        }

        for (var k = t; k < stop; k++)
        {
            if (!IsWord(p, k) || (Is(p, k, ClauseWords) && !(k == t && Word(p, k) is "after" or "before")) || Is(p, k, SubjectPronouns) || Is(p, k, Modals))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTelling(int p, int cue) => Is(p, cue, Telling);

    /// <summary>
    /// The first token after whom a thing was told, starting at <paramref name="t"/>: an object pronoun, one noun
    /// (<c>reporters</c>, <c>parliament</c>), a name (<c>Fjord Radio</c>, <c>Fjord Radio's Ida Lunde</c>) or a phrase
    /// opened by an article (<c>a news conference</c>, <c>a meeting of island leaders</c>); <paramref name="t"/> when there is none.
    /// </summary>
    private int AfterRecipient(int p, int t, int stop)
    {
        if (t >= stop || !IsWord(p, t))
        {
            return t;
        }

        if (Word(p, t) is "him" or "her" or "them" or "us" or "me")
        {
            return t + 1;
        }

        if (IsCapitalised(p, t) && !Is(p, t, ClauseWords) && !Is(p, t, Prepositions))
        {
            var k = t;
            while (k < stop && k - t < 4 && IsCapitalised(p, k) && !Is(p, k, Calendar))
            {
                k++;
            }

            return k;
        }

        if (Word(p, t) is not ("a" or "an" or "the"))
        {
            var word = Word(p, t);
            return char.IsLower(word[0]) && word.Length > 3 && !word.Contains('\'') && !word.Contains('’') && !Is(p, t, ClauseWords) && !Is(p, t, Prepositions)
                && !Is(p, t, Adverbs) && !Is(p, t, Modals) && !Is(p, t, Auxiliaries) && !PersonWords.Contains(PersonWords.FunctionWords, word)
                && !word.EndsWith("ed", StringComparison.Ordinal) && !TryCue(p, t, stop, out _, out _, out _) ? t + 1 : t;
        }

        var end = t + 1;
        while (end < stop && end - t <= 6 && IsWord(p, end) && !Word(p, end).Contains('\'') && !Word(p, end).Contains('’') && !Is(p, end, Prepositions)
            && !Is(p, end, ClauseWords) && !Is(p, end, Calendar) && !Is(p, end, Auxiliaries) && !Is(p, end, Modals) && !Is(p, end, SubjectPronouns)
            && !Is(p, end, OtherPronouns) && !TryCue(p, end, stop, out _, out _, out _))
        {
            end++;
        }

        return end > t + 1 ? end : t;
    }

    /// <summary>
    /// Whether the words [<paramref name="from"/>, <paramref name="that"/>) between a cue and "that" say only when, where,
    /// how or to whom it was said (<c>on Tuesday</c>, <c>in a statement</c>, <c>, however,</c>, <c>reporters</c> after "told"),
    /// so that what was said starts after "that"; not when they hold a clause of their own (<c>Nordby would not sign a deal</c>).
    /// </summary>
    private bool AsideBefore(int p, int cue, int from, int that)
    {
        for (var k = from + 1; k < that; k++)
        {
            // "promised a quick inquiry and said that …": the "that" belongs to the second verb.
            if (Word(p, k - 1) is "and" && TryCue(p, k, that, out _, out var takesClause, out var cueEnd) && takesClause)
            {
                return AsideBefore(p, k, cueEnd + 1, that);
            }
        }

        var t = IsTelling(p, cue) ? AfterRecipient(p, from, that) : from;

        // "What Ms. Lund told me is that …": a form of "be" before "that" closes the clause holding the cue.
        var last = that - 1 >= t && Word(p, that - 1) is "is" or "was" ? that - 1 : that;
        if (t >= last)
        {
            return true;
        }

        if (!(IsPunct(p, t, ',') || Is(p, t, Prepositions) || Is(p, t, Calendar) || Is(p, t, TimeAdverbs) || Is(p, t, Adverbs) || IsMannerAdverb(p, t)
            || Word(p, t) is "of" or "for"))
        {
            return false;
        }

        for (var k = t; k < last; k++)
        {
            if (Is(p, k, SubjectPronouns) || Is(p, k, Modals) || Is(p, k, Auxiliaries) || (IsWord(p, k) && Word(p, k) is "they" or "we" or "I" or "it" or "you")
                || TryCue(p, k, last, out _, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word with a possessive ending (<c>Holm's</c>), not a contraction of a pronoun (<c>He's</c>).</summary>
    private bool IsPossessiveName(int p, int t)
    {
        var word = Word(p, t);
        return IsCapitalised(p, t) && word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            && !Is(p, t, Contracted);
    }

    /// <summary>Pronouns and question words whose "'s" is "is" or "has".</summary>
    private static readonly FrozenSet<string> Contracted = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "he's", "she's", "it's", "that's", "there's", "here's", "what's", "who's", "where's", "let's", "he’s", "she’s", "it’s",
        "that’s", "there’s", "here’s", "what’s", "who’s", "where’s", "let’s");
}
