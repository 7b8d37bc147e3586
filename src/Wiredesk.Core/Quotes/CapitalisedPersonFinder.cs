using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// The default <see cref="IPersonFinder"/>, until a trained recogniser replaces it: runs of capitalised words, with the
/// titles and affiliations written before them taken as the role (<c>Turkish President Recep Tayyip Erdoğan</c>), a
/// possessive splitting an affiliation off (<c>Germany’s Foreign Minister Johann Wadephul</c>), and words that are
/// never names (function words, calendar words, places, organisations) turning a run down.
/// </summary>
public sealed class CapitalisedPersonFinder : IPersonFinder
{
    /// <inheritdoc/>
    public IReadOnlyList<PersonMention> Find(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        QuoteTokenizer.Tokenize(text, region.Start, region.End, tokens);
        var found = new List<PersonMention>();
        Find(text, tokens, 0, tokens.Count, found);
        return found;
    }

    /// <summary>Finds people among <paramref name="tokens"/>[<paramref name="from"/>, <paramref name="to"/>).</summary>
    internal static void Find(string text, IReadOnlyList<Token> tokens, int from, int to, List<PersonMention> into)
    {
        var t = from;
        var roleFrom = -1;
        while (t < to)
        {
            if (!IsCapitalised(text, tokens[t]))
            {
                t++;
                continue;
            }

            var end = t + 1;
            while (end < to && (IsCapitalised(text, tokens[end]) || (IsConnector(text, tokens[end]) && end + 1 < to && IsCapitalised(text, tokens[end + 1]))))
            {
                end++;
            }

            if (end - t <= 3 && JobTitleAfter(text, tokens, end, to) is var named and >= 0)
            {
                // "Lighthouse keeper Ola Brenne", "Port Authority chief Lena Berg": capitalised words and a lower-case
                // job title describe the person named next; together they are that person's role.
                roleFrom = t;
                t = named;
                continue;
            }

            // "Port chief on leave": one capitalised word before a lower-case title is no name of its own.
            if (!(end - t == 1 && end < to && !IsCapitalised(text, tokens[end]) && IsTitle(text, tokens[end])))
            {
                var afterArticle = t > from && Word(text, tokens[t - 1]) is "the" or "a" or "an";
                Consider(text, tokens, t, end, roleFrom >= 0 ? roleFrom : JobTitleBefore(text, tokens, from, t), afterArticle, into);
            }

            roleFrom = -1;
            t = end;
        }
    }

    /// <summary>
    /// When one or two lower-case words starting at <paramref name="at"/> end in a job title (<c>master</c>, <c>chief
    /// spokesman</c>) and a capitalised word follows them, that word's index; otherwise -1.
    /// </summary>
    private static int JobTitleAfter(string text, IReadOnlyList<Token> tokens, int at, int to)
    {
        for (var k = at; k < to && k < at + 2; k++)
        {
            if (!IsLowerWord(text, tokens[k]))
            {
                return -1;
            }

            if (IsJobTitle(text, tokens[k]) && k + 1 < to && IsCapitalised(text, tokens[k + 1]))
            {
                return k + 1;
            }

            if (!IsModifier(text, tokens[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first word of a lower-case job title written right before the name starting at <paramref name="name"/>
    /// (<c>opposition leader</c> in "…, and opposition leader Siv Moen said"), with one modifier at most; otherwise -1.
    /// </summary>
    private static int JobTitleBefore(string text, IReadOnlyList<Token> tokens, int from, int name)
    {
        var title = name - 1;
        if (title < from || !IsLowerWord(text, tokens[title]) || !IsJobTitle(text, tokens[title]))
        {
            return -1;
        }

        return title - 1 >= from && IsLowerWord(text, tokens[title - 1]) && IsModifier(text, tokens[title - 1]) ? title - 1 : title;
    }

    private static bool IsLowerWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);

    private static bool IsJobTitle(string text, Token token) => PersonWords.Contains(PersonWords.JobTitles, Word(text, token));

    /// <summary>A lower-case word that may stand before a job title (<c>harbor</c>, <c>opposition</c>, <c>longtime</c>): no function word, verb of speech or adverb.</summary>
    private static bool IsModifier(string text, Token token)
    {
        var word = Word(text, token);
        return word.Length > 2 && !PersonWords.Contains(PersonWords.FunctionWords, word) && !SpeechVerbs.TryGet(word, out _, out _)
            && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads the name in tokens [<paramref name="start"/>, <paramref name="end"/>), with a role written from
    /// <paramref name="roleFrom"/> before it when that is not -1. After an article and with no title, capitalised words
    /// name a thing (<c>the Brenna Kjemi plant</c>, <c>a Nordby Air flight</c>), not a person.
    /// </summary>
    private static void Consider(string text, IReadOnlyList<Token> tokens, int start, int end, int roleFrom, bool afterArticle, List<PersonMention> into)
    {
        afterArticle |= Word(text, tokens[start]) is "The" or "A" or "An";

        // A possessive inside the run splits an affiliation off: "Germany’s Foreign Minister Johann Wadephul".
        var first = start;
        for (var t = start; t < end - 1; t++)
        {
            if (IsPossessive(text, tokens[t]))
            {
                first = t + 1;
            }
        }

        var roleStart = first;
        while (first < end && PersonWords.Contains(PersonWords.NotNames, text.AsSpan(tokens[first].Start, tokens[first].Length)) && !IsTitle(text, tokens[first]) && !IsAffiliation(text, tokens[first]))
        {
            first++;
            roleStart = first;
        }

        var sawTitle = false;
        var gender = PersonGender.Unknown;
        var spanFrom = -1;
        if (roleFrom >= 0 && first == start)
        {
            // A role in lower case before the run: "Lighthouse keeper", "opposition leader", "The fire chief".
            sawTitle = true;
            spanFrom = roleFrom;
            roleStart = roleFrom;
            while (roleStart < start - 1 && Word(text, tokens[roleStart]) is "The" or "the" or "A" or "a" or "An" or "an")
            {
                roleStart++;
            }

            for (var t = roleFrom; t < start; t++)
            {
                if (PersonWords.GenderTitles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[t]), out var g))
                {
                    gender = g;
                }
            }
        }

        while (first < end - 1 && (IsTitle(text, tokens[first]) || IsAffiliation(text, tokens[first]) || IsConnector(text, tokens[first])))
        {
            sawTitle |= IsTitle(text, tokens[first]);
            if (PersonWords.GenderTitles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[first]), out var g))
            {
                gender = g;
            }

            first++;
        }

        // "Transport Minister Tomas Reyvel": capitalised words before a title belong to the role.
        for (var t = end - 2; t > first; t--)
        {
            if (IsTitle(text, tokens[t]))
            {
                sawTitle = true;
                first = t + 1;
                break;
            }
        }

        if (afterArticle && !sawTitle)
        {
            return;
        }

        // Every word of the run may have been a role or a non-name ("Share Tuesday"): then nothing is left to name anyone.
        var last = end - 1;
        if (first > last || last - first + 1 > 4)
        {
            return;
        }

        for (var t = first; t <= last; t++)
        {
            var word = Word(text, tokens[t]);
            if (PersonWords.Contains(PersonWords.NotNames, word) || IsTitle(text, tokens[t]) || IsConnector(text, tokens[t]) || IsAcronym(word) || HasDigit(word))
            {
                return;
            }
        }

        var nameEnd = tokens[last].End;
        if (IsPossessive(text, tokens[last]))
        {
            nameEnd -= 2;
        }

        if (nameEnd <= tokens[first].Start)
        {
            return;
        }

        if (gender == PersonGender.Unknown && last > first)
        {
            gender = PersonWords.GenderOfFirstName(Word(text, tokens[first]));
        }

        var nameSpan = TextSpan.FromBounds(tokens[first].Start, nameEnd);
        var role = sawTitle && first > roleStart ? text[tokens[roleStart].Start..tokens[first - 1].End] : null;
        var spanStart = role is null ? nameSpan.Start : tokens[spanFrom >= 0 ? spanFrom : roleStart].Start;
        into.Add(new PersonMention(TextSpan.FromBounds(spanStart, nameEnd), nameSpan, nameSpan.Of(text), role, gender));
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static bool IsCapitalised(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsConnector(string text, Token token) =>
        token.Kind == TokenKind.Word && Word(text, token) is "of" or "de" or "van" or "von" or "der" or "bin" or "al" or "da" or "du" or "la" or "le";

    private static bool IsTitle(string text, Token token) => PersonWords.Contains(PersonWords.Titles, Word(text, token));

    private static bool IsAffiliation(string text, Token token) => PersonWords.Contains(PersonWords.Affiliations, Word(text, token));

    private static bool IsPossessive(string text, Token token) =>
        token.Length > 2 && text[token.End - 2] is '\'' or '’' && text[token.End - 1] is 's' or 'S';

    /// <summary>Whether <paramref name="word"/> holds two letters or more and no lower-case one ("NATO", "KPA").</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
