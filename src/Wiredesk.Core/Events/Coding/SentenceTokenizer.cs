using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Splits plain text into Treebank-style words for coding without a parse: punctuation apart, abbreviations such as
/// <c>U.S.</c> kept whole, clitics split (<c>did n't</c>, <c>ca n't</c>, <c>wo n't</c>, <c>Gondor 's</c>), words
/// joined by <c>_</c> separated. Every token keeps its span.
/// </summary>
internal static class SentenceTokenizer
{
    private const string Leading = "\"'([{`“‘«";
    private const string Trailing = ".,;:!?\"')]}”’»";

    public static IReadOnlyList<CodingToken> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static IReadOnlyList<CodingToken> Tokenize(string text, TextSpan within)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<CodingToken>();
        var i = within.Start;
        while (i < within.End)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < within.End && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            Chunk(text, i, end, tokens);
            i = end;
        }

        return tokens;
    }

    private static void Chunk(string text, int start, int end, List<CodingToken> tokens)
    {
        while (start < end && Leading.Contains(text[start], StringComparison.Ordinal) && !IsClitic(text, start, end))
        {
            tokens.Add(CodingToken.Of(text[start].ToString(), null, new TextSpan(start, 1)));
            start++;
        }

        var trailing = new List<CodingToken>();
        while (end > start && Trailing.Contains(text[end - 1], StringComparison.Ordinal))
        {
            if (text[end - 1] == '.' && text.AsSpan(start, end - 1 - start).Contains('.'))
            {
                break;
            }

            trailing.Insert(0, CodingToken.Of(text[end - 1].ToString(), null, new TextSpan(end - 1, 1)));
            end--;
        }

        var partStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k == end || text[k] == '_')
            {
                if (k > partStart)
                {
                    Word(text, partStart, k, tokens);
                }

                partStart = k + 1;
            }
        }

        tokens.AddRange(trailing);
    }

    private static bool IsClitic(string text, int start, int end) =>
        end - start == 2 && text[start] is '\'' or '’' && char.ToUpperInvariant(text[start + 1]) == 'S';

    private static void Word(string text, int start, int end, List<CodingToken> tokens)
    {
        var word = text[start..end];
        var upper = word.ToUpperInvariant().Replace('’', '\'');
        var split = upper.Length;
        if (upper.EndsWith("N'T", StringComparison.Ordinal) && upper.Length > 3)
        {
            split = upper is "CAN'T" or "WON'T" ? 2 : upper.Length - 3;
            if (upper == "WON'T")
            {
                tokens.Add(new CodingToken(word[..2], "WO", null, new TextSpan(start, 2)));
                tokens.Add(new CodingToken(word[2..], "N'T", null, new TextSpan(start + 2, end - start - 2)));
                return;
            }
        }
        else
        {
            foreach (var clitic in (string[])["'S", "'RE", "'VE", "'LL", "'D", "'M"])
            {
                if (upper.EndsWith(clitic, StringComparison.Ordinal) && upper.Length > clitic.Length)
                {
                    split = upper.Length - clitic.Length;
                    break;
                }
            }
        }

        if (upper == "CAN'T")
        {
            tokens.Add(new CodingToken(word[..2], "CA", null, new TextSpan(start, 2)));
            tokens.Add(new CodingToken(word[2..], "N'T", null, new TextSpan(start + 2, end - start - 2)));
            return;
        }

        tokens.Add(CodingToken.Of(word[..split], null, new TextSpan(start, split)));
        if (split < word.Length)
        {
            tokens.Add(CodingToken.Of(word[split..], null, new TextSpan(start + split, word.Length - split)));
        }
    }
}
