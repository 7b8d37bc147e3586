using System.Collections.Frozen;

namespace Wiredesk.Core.Quotes;

/// <summary>Splits a region of text into words, punctuation and quotation marks, in one pass.</summary>
internal static class QuoteTokenizer
{
    /// <summary>Words that take a full stop without ending a sentence.</summary>
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "rev",
        "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "inc", "co", "corp", "ltd", "mt", "ft", "ave", "gens", "reps", "sens", "govs", "del", "adm", "cmdr", "supt", "insp", "pres", "amb", "atty", "det", "cpl", "pvt", "maj", "brig");

    public static bool IsMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‟';

    /// <summary>
    /// Whether the single curly mark at <paramref name="at"/> (not inside a word) is a quotation mark, as British news
    /// style uses them: an opening ‘ before a word, or a closing ’ that is no plural possessive (<c>the players’ union</c>:
    /// a letter before it and a lower-case word after it).
    /// </summary>
    private static bool IsSingleMark(string text, int at, int end)
    {
        var c = text[at];
        if (c == '‘')
        {
            return at + 1 < end && char.IsLetterOrDigit(text[at + 1]);
        }

        if (c != '’' || at == 0)
        {
            return false;
        }

        var next = at + 1;
        while (next < end && text[next] == ' ')
        {
            next++;
        }

        return !char.IsLetter(text[at - 1]) || next >= end || !char.IsLower(text[next]);
    }

    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                var dotted = false;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d) || char.IsSurrogate(d) || d is '\u0301' or '\u0308')
                    {
                        j++;
                    }
                    else if (d is '\'' or '’' or '-' or '‐' or '.' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                    {
                        dotted |= d == '.';
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (j < end && text[j] == '.' && (dotted || (j - i == 1 && char.IsUpper(c)) || Abbreviations.Contains(text.AsSpan(i, j - i).ToString())))
                {
                    j++;
                }

                into.Add(new Token(i, j, TokenKind.Word));
                i = j;
            }
            else
            {
                into.Add(new Token(i, i + 1, IsMark(c) || IsSingleMark(text, i, end) ? TokenKind.Mark : TokenKind.Punct));
                i++;
            }
        }
    }
}
