using System.Collections.Frozen;

namespace Wiredesk.Core.Quotes;

/// <summary>Reading phrases: cues, the speaker phrase beside a cue, and a sentence's subject.</summary>
internal sealed partial class DocumentQuotes
{
    /// <summary>Words that open a clause; a speaker phrase never runs across one.</summary>
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "that", "which", "who", "whom", "whose", "because", "if", "when", "while", "although", "though", "but", "so", "since",
        "after", "before", "until", "unless", "whether", "where", "and", "or", "as", "than", "is", "was", "are", "were", "be",
        "being", "been", "not", "do", "does", "did", "what", "how", "why");

    /// <summary>Prepositions that end a speaker phrase read forwards or backwards ("of" and "for" stay inside it).</summary>
    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "to", "from", "with", "by", "about", "during", "over", "under", "into", "against", "through",
        "upon", "via", "per", "amid", "despite", "outside", "inside", "across", "behind", "toward", "towards", "like",
        "referring", "adding", "noting", "speaking", "according", "later", "earlier", "yesterday", "today", "tonight", "last",
        "this", "next", "then", "also", "again");

    /// <summary>Adverbs and auxiliaries between a speaker and the verb (<c>Rutte further said</c>, <c>he has said</c>).</summary>
    private static readonly FrozenSet<string> Adverbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "also", "further", "then", "later", "again", "once", "repeatedly", "previously", "recently", "often", "has", "have",
        "had", "would", "will", "reportedly", "privately", "publicly", "quickly", "simply", "earlier", "bluntly", "flatly",
        "firmly", "frankly", "openly", "only", "just", "even", "never", "always", "still", "has", "had", "had", "would",
        "could", "might", "may", "did", "does", "do", "once", "twice", "subsequently", "separately", "similarly", "likewise",
        "meanwhile", "however", "too", "finally", "initially", "first", "angrily", "calmly", "quietly", "loudly");

    private static readonly FrozenSet<string> SubjectPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she");

    private static readonly FrozenSet<string> OtherPronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "they", "i", "we", "you", "it", "him", "her", "them", "us", "me", "one");

    /// <summary>How many tokens from a sentence's start its subject is looked for in.</summary>
    private const int SubjectReach = 80;

    private ReadOnlySpan<char> Word(int p, int t)
    {
        var token = _paragraphs[p].Tokens[t];
        return _text.AsSpan(token.Start, token.Length);
    }

    private bool IsWord(int p, int t) => _paragraphs[p].Tokens[t].Kind == TokenKind.Word;

    private bool IsPunct(int p, int t, char c) => _paragraphs[p].Tokens[t].Kind == TokenKind.Punct && _text[_paragraphs[p].Tokens[t].Start] == c;

    private bool IsMark(int p, int t) => _paragraphs[p].Tokens[t].Kind == TokenKind.Mark;

    private bool Is(int p, int t, FrozenSet<string> words) => IsWord(p, t) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(p, t));

    private bool IsCapitalised(int p, int t) => IsWord(p, t) && char.IsUpper(_text[_paragraphs[p].Tokens[t].Start]);

    /// <summary>Whether token <paramref name="t"/> starts a cue: a lower-case speech verb, or "according to".</summary>
    private bool TryCue(int p, int t, int end, out CueForm form, out bool takesClause, out int cueEnd)
    {
        cueEnd = t;
        form = default;
        takesClause = false;
        if (!IsWord(p, t))
        {
            return false;
        }

        var word = Word(p, t);
        if (word is "According" && t + 1 < end && Word(p, t + 1) is "to")
        {
            form = CueForm.AccordingTo;
            takesClause = true;
            cueEnd = t + 1;
            return true;
        }

        if (!char.IsLower(_text[_paragraphs[p].Tokens[t].Start]))
        {
            return false;
        }

        if (word is "according")
        {
            if (t + 1 < end && Word(p, t + 1) is "to")
            {
                form = CueForm.AccordingTo;
                takesClause = true;
                cueEnd = t + 1;
                return true;
            }

            return false;
        }

        // "an estimated 180 million", "the stated aim": after an article the word is an adjective, not a verb; after a
        // possessive ("her remarks", "Holm's remarks") a noun.
        if (t > 0 && IsWord(p, t - 1) && (Word(p, t - 1) is "a" or "an" or "the" or "A" or "An" or "The" or "his" or "their" or "its" or "my" or "our" or "your"
            || IsPossessiveName(p, t - 1)))
        {
            return false;
        }

        // "called on police to …", "called for an inquiry": a request, not speech.
        if (word is "call" or "calls" or "called" or "calling" && t + 1 < end && Word(p, t + 1) is "on" or "for" or "off" or "in" or "up" or "out")
        {
            return false;
        }

        if (!SpeechVerbs.TryGet(word, out form, out takesClause))
        {
            return false;
        }

        // "recalling its Nova heaters", "recalled 2 million cars": a product recall, not a memory told. What is recalled
        // is said only after "that", "how" or "when".
        if (takesClause && word is "recall" or "recalls" or "recalled" or "recalling" && !(t + 1 < end && Word(p, t + 1) is "that" or "how" or "when"))
        {
            takesClause = false;
        }

        return true;
    }

    /// <summary>The speaker phrase ending just before the cue at <paramref name="cue"/>, not reaching before <paramref name="lo"/>.</summary>
    private (int Start, int End) SpeakerBefore(int p, int cue, int lo)
    {
        var i = cue - 1;
        while (i >= lo && (Is(p, i, Adverbs) || IsMannerAdverb(p, i)))
        {
            i--;
        }

        // ", meanwhile," between the speaker and the verb.
        if (i - 2 >= lo && IsPunct(p, i, ',') && Is(p, i - 1, Adverbs) && IsPunct(p, i - 2, ','))
        {
            i -= 3;
        }

        if (i >= lo && IsPunct(p, i, ','))
        {
            // "Hugh Hill, a doctor, said", "Dick Dever, who was on the slate, said", "Carson’s manager, Armstrong Williams, said":
            // the comma closes an apposition, whose opening comma follows a name or a role.
            var closing = i;
            var opening = closing - 1;
            while (opening >= lo && opening > closing - 24 && !IsPunct(p, opening, ',')
                && (IsWord(p, opening) || IsPunct(p, opening, '(') || IsPunct(p, opening, ')') || IsPunct(p, opening, '\'') || IsPunct(p, opening, '’')))
            {
                opening--;
            }

            if (opening <= lo || opening <= closing - 24 || !IsPunct(p, opening, ','))
            {
                return (-1, -1);
            }

            var named = IsCapitalised(p, opening - 1) || IsPunct(p, opening - 1, ')');
            var renames = !named && IsWord(p, opening - 1) && char.IsLower(_text[_paragraphs[p].Tokens[opening - 1].Start]) && IsNameRun(p, opening + 1, closing - 1);
            if (!named && !renames)
            {
                return (-1, -1);
            }

            var (nameStart, nameEnd) = BracketedNameBefore(p, opening - 1, lo);
            if (nameStart < 0)
            {
                return (-1, -1);
            }

            nameStart = ExtendBack(p, nameStart, lo);
            if (!renames && !StartsApposition(p, opening + 1) && !StartsRelative(p, opening + 1) && RelativeOpeningBefore(p, opening, closing, lo) is var (relName, _) && relName >= 0)
            {
                // "Tomas Reyvel, who flew in from the capital, Veska, in the afternoon, told …": the commas were inside
                // a relative clause; the speaker is the name it describes, with the clause.
                return (relName, closing);
            }

            if (!renames && NamedBeforeApposition(p, nameStart, lo) is var named2 and >= 0)
            {
                // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the name the
                // apposition describes, with the apposition and its closing comma.
                return (named2, opening);
            }

            return renames || StartsApposition(p, opening + 1) || StartsRelative(p, opening + 1) ? (nameStart, closing) : (nameStart, nameEnd);
        }

        var (start, end) = BracketedNameBefore(p, i, lo);
        return start < 0 ? (-1, -1) : (ExtendBack(p, start, lo), end);
    }

    /// <summary>
    /// A relative clause (<c>, who …</c>) opened after a name within 40 tokens before the comma at <paramref name="opening"/>:
    /// the name's first and last token, or (-1, -1).
    /// </summary>
    private (int Start, int End) RelativeOpeningBefore(int p, int opening, int closing, int lo)
    {
        for (var t = opening - 1; t > lo && t > closing - 40; t--)
        {
            if (IsMark(p, t) || IsPunct(p, t, '.') || IsPunct(p, t, ';') || (IsWord(p, t) && TryCue(p, t, t + 1, out _, out _, out _)))
            {
                break;
            }

            if (IsPunct(p, t, ',') && StartsRelative(p, t + 1) && t - 1 >= lo && IsCapitalised(p, t - 1))
            {
                var (start, end) = BracketedNameBefore(p, t - 1, lo);
                return start < 0 ? (-1, -1) : (ExtendBack(p, start, lo), end);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// The first token of a name of one to five capitalised words that opens its clause and stands, followed by a comma,
    /// just before the phrase starting at <paramref name="start"/> (an apposition of that name); -1 when there is none.
    /// </summary>
    private int NamedBeforeApposition(int p, int start, int lo)
    {
        var comma = start - 1;
        if (comma - 1 < lo || !IsPunct(p, comma, ',') || IsCapitalised(p, start))
        {
            return -1;
        }

        var first = comma - 1;
        while (first - 1 >= lo && comma - first < 5 && IsCapitalised(p, first - 1))
        {
            first--;
        }

        var opensClause = first - 1 < lo || IsMark(p, first - 1) || (!IsWord(p, first - 1) && !IsPunct(p, first - 1, ','));
        return opensClause && IsNameRun(p, first, comma - 1) && !PersonWords.Contains(PersonWords.NotNames, Word(p, first)) ? first : -1;
    }

    /// <summary><c>Sen. Rand Paul (R-Ky.)</c>: the name before a bracket, the bracket included, or the name ending at <paramref name="end"/>.</summary>
    private (int Start, int End) BracketedNameBefore(int p, int end, int lo)
    {
        if (end < lo || !IsPunct(p, end, ')'))
        {
            return NameBefore(p, end, lo);
        }

        for (var open = end - 1; open > lo && open >= end - 8; open--)
        {
            if (IsPunct(p, open, '('))
            {
                var (start, _) = NameBefore(p, open - 1, lo);
                return start < 0 ? (-1, -1) : (start, end);
            }

            if (IsMark(p, open) || IsPunct(p, open, ')'))
            {
                break;
            }
        }

        return (-1, -1);
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>] are one to five capitalised words (a name).</summary>
    private bool IsNameRun(int p, int from, int to)
    {
        if (to < from || to - from > 4)
        {
            return false;
        }

        for (var t = from; t <= to; t++)
        {
            if (!IsCapitalised(p, t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lower-case manner adverb between a speaker and the verb (<c>Clinton emphatically said</c>).</summary>
    private bool IsMannerAdverb(int p, int t) =>
        IsWord(p, t) && char.IsLower(_text[_paragraphs[p].Tokens[t].Start]) && Word(p, t).Length > 4 && Word(p, t).EndsWith("ly", StringComparison.Ordinal)
        && Word(p, t) is not ("family" or "rally" or "supply" or "assembly" or "ally" or "monopoly");

    /// <summary>
    /// Where the noun phrase ending in the speaker phrase starting at <paramref name="start"/> begins: back over
    /// modifiers, heads and prepositional phrases to the start of its clause (<c>political scientist Christopher
    /// Wlezien</c>, <c>A footnote in the report</c>, <c>Carson’s business manager</c>), but only when the clause starts
    /// there — a phrase opening with a preposition, a time word or a verb is left out, and so is a pronoun's context.
    /// </summary>
    private int ExtendBack(int p, int start, int lo)
    {
        if (Is(p, start, SubjectPronouns) || Is(p, start, OtherPronouns))
        {
            return start;
        }

        var b = start - 1;
        while (b >= lo && start - b <= 15 && IsWord(p, b) && !Is(p, b, SubjectPronouns) && !Is(p, b, OtherPronouns) && !Is(p, b, Calendar)
            && !Is(p, b, TimeAdverbs) && !TryCue(p, b, b + 1, out _, out _, out _)
            && (!Is(p, b, ClauseWords) || (Word(p, b) is "and" && b - 1 >= lo && IsCapitalised(p, b - 1))))
        {
            b--;
        }

        if (b == start - 1 || start - b > 15)
        {
            return start;
        }

        var boundary = b < lo || IsMark(p, b) || IsPunct(p, b, ',') || IsPunct(p, b, ':') || IsPunct(p, b, ';') || IsPunct(p, b, '—') || IsPunct(p, b, '–');
        var first = b + 1;
        if (!boundary || Is(p, first, Prepositions) || Is(p, first, Adverbs) || Is(p, first, ClauseWords)
            || SpeechVerbs.TryGet(Word(p, first).ToString().ToLowerInvariant(), out _, out _))
        {
            return start;
        }

        return first;
    }

    /// <summary>Time words that stand before a subject without being part of it (<c>Two days later Trump said</c>).</summary>
    private static readonly FrozenSet<string> TimeAdverbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "later", "earlier", "ago", "yesterday", "today", "tonight", "then", "also", "again", "now", "still", "meanwhile", "however",
        "recently", "previously", "instead", "too", "already", "once", "first", "finally", "here", "there");

    /// <summary>
    /// The noun phrase ending at token <paramref name="end"/>, read backwards: capitalised words, titles and role nouns
    /// with their modifiers, a common-noun head (<c>sources</c>), up to and including a determiner.
    /// </summary>
    private (int Start, int End) NameBefore(int p, int end, int lo)
    {
        var i = end;
        var count = 0;
        var capitalised = false;
        while (i >= lo && count < 12 && IsWord(p, i))
        {
            var word = Word(p, i);
            if (Is(p, i, ClauseWords) || Is(p, i, Prepositions) || (count > 0 && TryCue(p, i, i + 1, out _, out _, out _)) || Is(p, i, Calendar))
            {
                break;
            }

            if (word is "the" or "The" or "a" or "A" or "an" or "An" or "another" or "Another" or "his" or "her" or "their" or "its" or "His" or "Her" or "Their" or "Its")
            {
                i--;
                count++;
                break;
            }

            var accepted = IsCapitalised(p, i)
                || PersonWords.Contains(PersonWords.Titles, word) || Is(p, i, RoleNouns)
                || (count == 0 && char.IsLower(word[0]))
                || (count > 0 && char.IsLower(word[0]) && LooksLikeModifier(word));
            if (!accepted)
            {
                break;
            }

            capitalised |= IsCapitalised(p, i);
            i--;
            count++;
        }

        _ = capitalised;
        return i + 1 <= end ? (i + 1, end) : (-1, -1);
    }

    private static bool LooksLikeModifier(ReadOnlySpan<char> word) =>
        word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ial", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
        || word.EndsWith("an", StringComparison.Ordinal) || word is "former" or "senior" or "top" or "longtime" or "acting" or "deputy" or "campaign"
            or "party" or "state" or "chief" or "senior" or "press" or "then" or "veteran" or "retired" or "conservative" or "liberal"
            or "progressive" or "independent" or "republican" or "democratic" or "political" or "foreign" or "defense" or "media";

    /// <summary>The noun phrase a sentence opens with (<c>The billionaire businessman</c>), when a lower-case word follows it.</summary>
    private (int Start, int End) OpeningNounPhrase(int p, int start, int limit)
    {
        var t = start;
        if (t < limit && IsWord(p, t) && Word(p, t) is "The" or "A" or "An")
        {
            t++;
        }

        while (t < limit && IsWord(p, t) && !Is(p, t, Calendar)
            && (IsCapitalised(p, t) || PersonWords.Contains(PersonWords.Titles, Word(p, t)) || Is(p, t, RoleNouns) || LooksLikeModifier(Word(p, t))))
        {
            t++;
        }

        var end = t - 1;
        var head = Word(p, start) is "The" or "A" or "An" ? start + 1 : start;
        return end >= head && t < limit && IsWord(p, t) && char.IsLower(_text[_paragraphs[p].Tokens[t].Start]) && !Is(p, start, ClauseWords) && !Is(p, start, Prepositions)
            && (IsCapitalised(p, end) || Is(p, end, RoleNouns))
            ? (start, end)
            : (-1, -1);
    }

    /// <summary>Calendar words, never part of a speaker phrase.</summary>
    private static readonly FrozenSet<string> Calendar = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.",
        "oct.", "nov.", "dec.", "today", "yesterday", "tonight", "morning", "evening", "afternoon", "night", "week", "month", "year");

    /// <summary>Whether an apposition starts at <paramref name="t"/> ("a doctor", "the group's founder", "33").</summary>
    private bool StartsApposition(int p, int t) =>
        t < _paragraphs[p].Tokens.Length && IsWord(p, t)
        && (Word(p, t) is "a" or "an" or "the" || char.IsDigit(_text[_paragraphs[p].Tokens[t].Start])
            || (char.IsLower(_text[_paragraphs[p].Tokens[t].Start]) && !Is(p, t, Prepositions) && !Is(p, t, ClauseWords) && !Word(p, t).EndsWith("ing", StringComparison.Ordinal))
            || Word(p, t).EndsWith("’s", StringComparison.Ordinal) || Word(p, t).EndsWith("'s", StringComparison.Ordinal));

    /// <summary>The speaker phrase starting just after the cue ending at <paramref name="cueEnd"/> (<c>said Rutte</c>).</summary>
    private (int Start, int End) SpeakerAfter(int p, int cueEnd, int hi)
    {
        var i = cueEnd + 1;
        var start = i;
        if (i < hi && IsWord(p, i) && Word(p, i) is "of" or "for" or "that" or "his" or "her" or "their" or "its" or "it" or "him" or "them" or "me" or "us")
        {
            return (-1, -1);
        }

        while (i < hi && IsWord(p, i))
        {
            var word = Word(p, i);
            if (Is(p, i, ClauseWords) || Is(p, i, Prepositions) || (char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal)) || TryCue(p, i, hi, out _, out _, out _)
                || (i > start && char.IsLower(word[0]) && Is(p, i, Auxiliaries)))
            {
                break;
            }

            i++;
        }

        var end = i - 1;
        if (end == start && Word(p, start) is "the" or "a" or "an" or "this" or "these" or "those" or "some" or "every")
        {
            // "called the meeting …": a determiner alone, its noun read as a participle, names nobody.
            return (-1, -1);
        }

        if (end < start || (i < hi && i > start && IsWord(p, i) && char.IsLower(Word(p, i)[0]) && Is(p, i, Auxiliaries)))
        {
            // "said the harbor had operated …": a clause follows the verb, not a speaker.
            return (-1, -1);
        }

        // "one Republican involved in the planning", "a longtime adviser to both Clintons": a common noun keeps its
        // modifiers to the end of the sentence, unless they say where or when it spoke ("in a statement", "on Monday").
        if (i < hi && IsWord(p, i) && char.IsLower(_text[_paragraphs[p].Tokens[start].Start]) && !IsCapitalised(p, end)
            && Word(p, i) is "to" or "with" or "from" or "in" or "at" or "on" or "who" or "that" && !SaysWhereOrWhen(p, i + 1, hi))
        {
            return (start, AppositionEnd(p, i, hi));
        }

        // "Sen. Rand Paul (R-Ky.)": a bracket after the name belongs to it.
        if (i < hi && IsPunct(p, i, '(') && ClosingBracket(p, i, hi) is var close and > 0)
        {
            end = close;
            i = close + 1;
        }

        // ", a spokeswoman for the campaign" or ", who ran his campaign" after the name belongs to the speaker phrase,
        // to the end of the sentence or of the next participle or adverbial phrase.
        if (i + 1 < hi && IsPunct(p, i, ',') && ((IsCapitalised(p, end) || IsPunct(p, end, ')')) && StartsApposition(p, i + 1) || StartsRelative(p, i + 1)))
        {
            end = AppositionEnd(p, i + 1, hi);
        }

        return (start, end);
    }

    /// <summary>The last token of an apposition or relative clause starting at <paramref name="t"/>: up to a quotation mark, the sentence's end, or a comma before a participle or "according to".</summary>
    private int AppositionEnd(int p, int t, int hi)
    {
        var j = t;
        while (j < hi && !IsMark(p, j) && !IsPunct(p, j, '.') && !IsPunct(p, j, ';') && !IsPunct(p, j, ':') && !IsPunct(p, j, '?') && !IsPunct(p, j, '!')
            && !(IsPunct(p, j, ',') && j + 1 < hi && IsWord(p, j + 1) && (Word(p, j + 1) is "according" || (char.IsLower(_text[_paragraphs[p].Tokens[j + 1].Start]) && Word(p, j + 1).EndsWith("ing", StringComparison.Ordinal)))))
        {
            j++;
        }

        var end = j - 1;
        while (end > t && !IsWord(p, end) && !IsPunct(p, end, ')'))
        {
            end--;
        }

        // "of Meridian, Ind." keeps its abbreviation's stop; ", a spokesman for the campaign, explaining …" its closing comma.
        if (j < hi && IsPunct(p, j, '.') && j == end + 1 && Is(p, end, StateAbbreviations))
        {
            return j;
        }

        return j < hi && IsPunct(p, j, ',') && j == end + 1 ? j : end;
    }

    /// <summary>Whether the phrase from <paramref name="t"/> names the occasion of speaking rather than the speaker ("a statement", "Monday", "an interview").</summary>
    private bool SaysWhereOrWhen(int p, int t, int hi)
    {
        for (var k = t; k < hi && k <= t + 3 && IsWord(p, k); k++)
        {
            if (Is(p, k, Calendar) || Is(p, k, Occasions))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of the occasion a thing was said on.</summary>
    private static readonly FrozenSet<string> Occasions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "statement", "statements", "interview", "interviews", "email", "e-mail", "emails", "phone", "call", "conference", "rally",
        "speech", "event", "release", "tweet", "post", "video", "radio", "television", "TV", "briefing", "hearing", "debate",
        "letter", "message", "remarks", "appearance", "show", "broadcast", "program", "podcast", "op-ed", "column", "meeting",
        "reporters", "response", "reply", "recent", "same", "front", "crowd", "audience", "supporters", "voters");

    /// <summary>Abbreviated US state names, which keep their full stop at the end of a sentence.</summary>
    private static readonly FrozenSet<string> StateAbbreviations = FrozenSet.Create(
        StringComparer.Ordinal,
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    /// <summary>The token closing the bracket opened at <paramref name="open"/>, within a few tokens, or -1.</summary>
    private int ClosingBracket(int p, int open, int hi)
    {
        for (var t = open + 1; t < hi && t <= open + 8; t++)
        {
            if (IsPunct(p, t, ')'))
            {
                return t;
            }

            if (IsMark(p, t) || IsPunct(p, t, '('))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a relative clause about a person starts at <paramref name="t"/> ("who ran his campaign").</summary>
    private bool StartsRelative(int p, int t) => t < _paragraphs[p].Tokens.Length && IsWord(p, t) && Word(p, t) is "who" or "whose";

    /// <summary>
    /// The first person or pronoun that can be a subject in the sentence before token <paramref name="before"/>: one
    /// standing at the start or after a comma, colon, conjunction or quotation mark, outside quotation marks.
    /// </summary>
    private (int Start, int End, PersonMention? Person) SubjectBefore(int p, int sentenceStart, int before)
    {
        var paragraph = _paragraphs[p];
        var tokens = paragraph.Tokens;
        var m = FirstMentionFrom(paragraph, tokens[sentenceStart].Start);
        for (var t = sentenceStart; t < before && t < sentenceStart + SubjectReach; t++)
        {
            if (paragraph.InQuote(t))
            {
                continue;
            }

            while (m < paragraph.People.Count && paragraph.People[m].Span.Start < tokens[t].Start)
            {
                m++;
            }

            var canStart = t == sentenceStart || !IsWord(p, t - 1) || Word(p, t - 1) is "and" or "but" or "meanwhile" or "then" or "also" || OnlyTitlesBefore(p, sentenceStart, t)
                || (t - 1 == sentenceStart && (Word(p, t - 1).EndsWith("’s", StringComparison.Ordinal) || Word(p, t - 1).EndsWith("'s", StringComparison.Ordinal)));
            if (!canStart)
            {
                continue;
            }

            if (m < paragraph.People.Count && paragraph.People[m].Span.Start == tokens[t].Start)
            {
                var person = paragraph.People[m];
                var end = t;
                while (end + 1 < tokens.Length && tokens[end + 1].Start < person.Span.End)
                {
                    end++;
                }

                return PossessedName(p, end, before, m + 1) is var (headEnd, head) ? (t, headEnd, head) : (t, end, person);
            }

            if (Is(p, t, SubjectPronouns))
            {
                return (t, t, null);
            }
        }

        return (-1, -1, null);
    }

    /// <summary>
    /// <c>Hillary Clinton’s campaign manager Robby Mook said</c>: when the person ending at token <paramref name="end"/>
    /// is a possessive followed by up to three lower-case modifiers and another person's name, that name is the head of
    /// the subject; its last token and mention, or null.
    /// </summary>
    private (int End, PersonMention Head)? PossessedName(int p, int end, int before, int nextMention)
    {
        var paragraph = _paragraphs[p];
        var tokens = paragraph.Tokens;
        if (!(Word(p, end).EndsWith("’s", StringComparison.Ordinal) || Word(p, end).EndsWith("'s", StringComparison.Ordinal)))
        {
            return null;
        }

        var k = end + 1;
        while (k < before && k - end <= 3 && IsWord(p, k) && char.IsLower(_text[tokens[k].Start]) && !Is(p, k, Adverbs) && !Is(p, k, Auxiliaries)
            && !Is(p, k, ClauseWords) && !Is(p, k, Prepositions) && !AttributionVerbs.Contains(Word(p, k)))
        {
            k++;
        }

        if (k >= before || nextMention >= paragraph.People.Count || paragraph.People[nextMention].NameSpan.Start != tokens[k].Start)
        {
            return null;
        }

        var head = paragraph.People[nextMention];
        var headEnd = k;
        while (headEnd + 1 < tokens.Length && tokens[headEnd + 1].Start < head.Span.End)
        {
            headEnd++;
        }

        return (headEnd, head);
    }

    /// <summary>Whether the sentence opens with one to four titles or capitalised role words before token <paramref name="t"/> (<c>Transport Minister Tomas Reyvel</c>).</summary>
    private bool OnlyTitlesBefore(int p, int sentenceStart, int t)
    {
        if (t - sentenceStart is < 1 or > 4)
        {
            return false;
        }

        for (var k = sentenceStart; k < t - 1; k++)
        {
            if (!IsCapitalised(p, k) || Is(p, k, ClauseWords))
            {
                return false;
            }
        }

        return IsCapitalised(p, t - 1) && (PersonWords.Contains(PersonWords.Titles, Word(p, t - 1)) || Is(p, t - 1, RoleNouns));
    }

    /// <summary>The people named in a sentence, and its subject resolved to a person when it can be.</summary>
    private SentenceInfo Describe(int p, int start, int end, ref int mention)
    {
        var info = new SentenceInfo(p, start, end);
        var paragraph = _paragraphs[p];
        for (; mention < paragraph.People.Count && paragraph.People[mention].Span.Start < paragraph.Tokens[end - 1].End; mention++)
        {
            if (_people.Find(paragraph.People[mention].Name) is { } person)
            {
                info.Named.Add(person);
            }
        }

        if (Is(p, start, PossessiveDeterminers) && DescribePossessedSubject(info, p, start, end))
        {
            return info;
        }

        var (s, e, subject) = SubjectBefore(p, start, end);
        if (subject is not null && IsPossessiveName(p, e) && DescribePossessedSubject(info, p, e, end))
        {
            return info;
        }

        if (subject is not null)
        {
            info.Subject = _people.Find(subject.Name);
            if (info.Subject is null && e + 1 < end && TryCue(p, e + 1, end, out _, out _, out _))
            {
                info.Subject = _people.Add(subject.Name, subject.Role, subject.Gender, singleWordAllowed: true);
            }
        }
        else if (s >= 0)
        {
            info.Subject = ResolvePronoun(Word(p, s), _sentences.Count, null);
        }
        else if (DefiniteRole(p, start, end) is var roleEnd and >= 0)
        {
            DescribeRoleSubject(info, p, start, roleEnd);
        }

        return info;
    }
}
