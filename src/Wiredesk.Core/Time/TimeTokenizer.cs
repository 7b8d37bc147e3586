using Wiredesk.Core.Text;

namespace Wiredesk.Core.Time;

/// <summary>
/// Splits a region of text into words, numbers and symbols for the temporal grammar. Numbers keep their commas,
/// decimal points and colons ("2,882,015", "10:30"), so grouped figures never look like years; abbreviations the
/// lexicon knows keep their full stop ("Sept.", "a.m.").
/// </summary>
internal static class TimeTokenizer
{
    public static List<TimeToken> Tokenize(string text, TextSpan region)
    {
        var tokens = new List<TimeToken>(Math.Max(16, region.Length / 5));
        var s = text.AsSpan();
        var i = region.Start;
        var end = region.End;
        while (i < end)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && tokens.Count > 0)
                {
                    MarkSentenceEnd(tokens);
                }

                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                i = Word(s, i, end, tokens);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = Number(s, i, end, i, TokenFlags.None, tokens);
            }
            else if ((c == '\'' || c == '’') && i + 2 < end && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
                && (i == region.Start || !char.IsLetterOrDigit(s[i - 1])) && (i + 3 >= end || !char.IsAsciiDigit(s[i + 3])))
            {
                i = Number(s, i + 1, end, i, TokenFlags.Apostrophe, tokens);
            }
            else
            {
                var flags = c is '.' or '!' or '?' ? TokenFlags.SentenceEnd : TokenFlags.None;
                tokens.Add(new TimeToken(i, i + 1, TokenKind.Symbol, default, c, flags));
                i++;
            }
        }

        return tokens;
    }

    private static void MarkSentenceEnd(List<TimeToken> tokens)
    {
        var last = tokens[^1];
        tokens[^1] = last with { Flags = last.Flags | TokenFlags.SentenceEnd };
    }

    private static int Word(ReadOnlySpan<char> s, int start, int end, List<TimeToken> tokens)
    {
        var i = start;
        // "a.m.", "p.m.": single letters joined by full stops.
        if (start + 3 < end && s[start + 1] == '.' && char.IsLetter(s[start + 2]) && s[start + 3] == '.'
            && (start + 4 >= end || !char.IsLetter(s[start + 4])))
        {
            i = start + 4;
        }
        else
        {
            while (i < end && (char.IsLetter(s[i]) || ((s[i] == '\'' || s[i] == '’') && i + 1 < end && char.IsLetter(s[i + 1]) && i > start && !IsPossessive(s, i + 1, end))))
            {
                i++;
            }
        }

        var lexeme = TimeLexicon.Find(s[start..i]);
        if (lexeme.Abbreviation && i < end && s[i] == '.')
        {
            i++;
        }

        var flags = char.IsUpper(s[start]) ? TokenFlags.Capitalized : TokenFlags.None;
        if (lexeme.Plural)
        {
            flags |= TokenFlags.Plural;
        }

        tokens.Add(new TimeToken(start, i, TokenKind.Word, lexeme, 0, flags));
        return i;
    }

    private static int Number(ReadOnlySpan<char> s, int digitsStart, int end, int tokenStart, TokenFlags flags, List<TimeToken> tokens)
    {
        var i = digitsStart;
        var value = 0L;
        while (i < end)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                value = value * 10 + (c - '0');
                if (value > int.MaxValue)
                {
                    value = int.MaxValue;
                }

                i++;
            }
            else if ((c == ',' || c == '.' || c == ':') && i + 1 < end && char.IsAsciiDigit(s[i + 1]))
            {
                flags |= c == ':' ? TokenFlags.Clock : TokenFlags.Grouped;
                i++;
            }
            else
            {
                break;
            }
        }

        if (i + 1 < end && IsOrdinalSuffix(s[i], s[i + 1]) && (i + 2 >= end || !char.IsLetter(s[i + 2])))
        {
            flags |= TokenFlags.Ordinal;
            i += 2;
        }
        else if (value % 10 == 0 && i < end && s[i] == 's' && (i + 1 >= end || !char.IsLetter(s[i + 1])))
        {
            flags |= TokenFlags.Decade;
            i++;
        }
        else if (value % 10 == 0 && i + 1 < end && (s[i] == '\'' || s[i] == '’') && s[i + 1] == 's' && (i + 2 >= end || !char.IsLetter(s[i + 2])))
        {
            flags |= TokenFlags.Decade;
            i += 2;
        }

        var number = (flags & (TokenFlags.Grouped | TokenFlags.Clock)) != 0 ? -1 : (int)value;
        tokens.Add(new TimeToken(tokenStart, i, TokenKind.Number, default, number, flags));
        return i;
    }

    /// <summary>Whether an apostrophe before <paramref name="i"/> starts a possessive "'s", which is not part of the word.</summary>
    private static bool IsPossessive(ReadOnlySpan<char> s, int i, int end) =>
        (s[i] == 's' || s[i] == 'S') && (i + 1 >= end || !char.IsLetter(s[i + 1]));

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = char.ToLowerInvariant(a);
        b = char.ToLowerInvariant(b);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }
}
