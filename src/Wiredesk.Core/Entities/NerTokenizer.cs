using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// Splits news English into sentences and tokens the way CoNLL-2003 is tokenised, every token a span into the original
/// text: punctuation stands alone, possessive 's and contractions ('re, n't) are split off, hyphenated words
/// ("Secretary-General", "1996-08-22"), numbers ("9,000", "3.5"), dotted abbreviations ("U.S.", "p.m."), initials and
/// known abbreviations ("Mr.", "Gen.", "Inc.") stay whole. A sentence ends at a full stop, question or exclamation
/// mark (with any closing quotes or brackets) when the next token does not start in lower case, and at every line break.
/// </summary>
internal static class NerTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpl", "Maj", "Adm", "Cmdr", "Gov", "Sen",
        "Rep", "Reps", "Prof", "Rev", "Fr", "Hon", "Messrs", "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Dept", "Univ", "Assn",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu",
        "Thur", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "vs", "etc", "Mt", "Ft", "Ave", "Rd", "Blvd", "approx", "est", "Ald",
    };

    private static readonly string[] Contractions = ["s", "re", "ve", "ll", "d", "m"];

    /// <summary>The sentences of <paramref name="region"/> of <paramref name="text"/>.</summary>
    public static List<NerSentence> Split(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!region.FitsIn(text.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(region), "The region does not lie inside the text.");
        }

        var sentences = new List<NerSentence>();
        var tokens = new List<TextSpan>();
        var end = region.End;
        var i = region.Start;
        var closing = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    Flush();
                }

                i++;
                continue;
            }

            var token = NextToken(text, i, end, out var abbreviation);
            if (closing)
            {
                if (IsClosing(text, token))
                {
                    tokens.Add(token);
                    i = token.End;
                    continue;
                }

                closing = false;
                if (!StartsLower(text, token))
                {
                    Flush();
                }
            }

            tokens.Add(token);
            i = token.End;
            closing = !abbreviation && EndsSentence(text, token);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new NerSentence(TextSpan.FromBounds(tokens[0].Start, tokens[^1].End), tokens.ToArray()));
                tokens.Clear();
            }

            closing = false;
        }
    }

    private static TextSpan NextToken(string text, int i, int end, out bool abbreviation)
    {
        abbreviation = false;
        var c = text[i];
        if (IsApostrophe(c) && i > 0 && IsWordChar(text[i - 1]) && ContractionLength(text, i + 1, end) is > 0 and var length)
        {
            return new TextSpan(i, length + 1);
        }

        if (i > 0 && IsWordChar(text[i - 1]) && IsNot(text, i + 1, end))
        {
            return new TextSpan(i, 3);
        }

        if (!IsWordChar(c))
        {
            var j = i + 1;
            if (char.IsHighSurrogate(c) && j < end && char.IsLowSurrogate(text[j]))
            {
                j++;
            }
            else if (c is '.' or '-' or '!' or '?' or '=' or '*')
            {
                while (j < end && (text[j] == c || (c is '!' or '?' && text[j] is '!' or '?')))
                {
                    j++;
                }
            }

            return TextSpan.FromBounds(i, j);
        }

        var k = i;
        var dotted = false;
        while (k < end)
        {
            var ch = text[k];
            if (IsWordChar(ch))
            {
                k++;
                continue;
            }

            var next = k + 1 < end ? text[k + 1] : '\0';
            var before = text[k - 1];
            if (ch is '-' or '\u2010' or '\u2011' && IsWordChar(next))
            {
                k++;
            }
            else if (ch is ',' or '.' or '/' or ':' && char.IsDigit(before) && char.IsDigit(next))
            {
                k++;
            }
            else if (ch == '.' && char.IsLetter(next) && char.IsLetter(before) && SegmentLength(text, i, k) == 1)
            {
                dotted = true;
                k++;
            }
            else if (ch == '&' && char.IsUpper(before) && char.IsUpper(next))
            {
                k++;
            }
            else if (IsApostrophe(ch) && char.IsLetter(before) && char.IsLetter(next) && ContractionLength(text, k + 1, end) == 0 && !IsNot(text, k, end))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        if (k < end && IsNot(text, k, end) && k - 1 > i)
        {
            return TextSpan.FromBounds(i, k - 1);
        }

        if (k < end && text[k] == '.' && (dotted || IsAbbreviation(text, i, k)))
        {
            abbreviation = true;
            return TextSpan.FromBounds(i, k + 1);
        }

        return TextSpan.FromBounds(i, k);
    }

    /// <summary>Whether "n't" starts one character before <paramref name="apostrophe"/> ("don't" → "do" + "n't").</summary>
    private static bool IsNot(string text, int apostrophe, int end) =>
        apostrophe > 0 && apostrophe + 1 < end && IsApostrophe(text[apostrophe]) && text[apostrophe - 1] is 'n' or 'N'
        && text[apostrophe + 1] is 't' or 'T' && (apostrophe + 2 >= end || !IsWordChar(text[apostrophe + 2]));

    private static int ContractionLength(string text, int start, int end)
    {
        foreach (var contraction in Contractions)
        {
            var stop = start + contraction.Length;
            if (stop <= end && text.AsSpan(start, contraction.Length).Equals(contraction, StringComparison.OrdinalIgnoreCase)
                && (stop == end || !IsWordChar(text[stop])))
            {
                return contraction.Length;
            }
        }

        return 0;
    }

    private static int SegmentLength(string text, int start, int k)
    {
        var length = 0;
        for (var j = k - 1; j >= start && text[j] != '.'; j--)
        {
            length++;
        }

        return length;
    }

    private static bool IsAbbreviation(string text, int start, int period)
    {
        var word = text.AsSpan(start, period - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool EndsSentence(string text, TextSpan token)
    {
        foreach (var c in token.In(text))
        {
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsClosing(string text, TextSpan token) =>
        token.Length == 1 && text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']';

    private static bool StartsLower(string text, TextSpan token) => char.IsLower(text[token.Start]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && WordForms.IsMark(c));
}
