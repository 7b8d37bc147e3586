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

            // "Port chief Lena Markovic": one capitalised word followed by a lower-case title describes the person
            // named next; it is not a name of its own.
            if (!(end - t == 1 && end < to && !IsCapitalised(text, tokens[end]) && IsTitle(text, tokens[end])))
            {
                Consider(text, tokens, t, end, into);
            }

            t = end;
        }
    }

    private static void Consider(string text, IReadOnlyList<Token> tokens, int start, int end, List<PersonMention> into)
    {
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
        var spanStart = role is null ? nameSpan.Start : tokens[roleStart].Start;
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

    private static bool IsAcronym(ReadOnlySpan<char> word)
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
