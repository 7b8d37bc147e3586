namespace Wiredesk.Core.Text;

/// <summary>
/// Splits a region of text into sentences: a sentence ends at '.', '!' or '?' (with any closing quotes or brackets)
/// followed by white space and a word that may start a sentence. Abbreviations ("Mr.", "U.S.", "Gen."), initials and
/// decimal numbers do not end one. Spans are trimmed of surrounding white space.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "rev",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "fig", "pres", "u.s", "u.k", "u.n", "e.g", "i.e", "del", "amb", "atty", "det", "maj", "supt",
    };

    /// <summary>The sentences of <paramref name="region"/> in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var start = region.Start;
        var end = Math.Min(region.End, text.Length);
        for (var i = region.Start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '\n'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && IsCloser(text[close]))
            {
                close++;
            }

            if (c != '\n' && (close >= end || !char.IsWhiteSpace(text[close]) || !StartsSentence(text, close, end) || (c == '.' && IsAbbreviation(text, start, i))))
            {
                continue;
            }

            Add(text, start, close, sentences);
            start = close;
            i = close - 1;
        }

        Add(text, start, end, sentences);
        return sentences;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']';

    private static bool StartsSentence(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at >= end)
        {
            return true;
        }

        var c = text[at];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '«' or '—' or '-' or '@' or '#';
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital is an initial ("John F. Kennedy"); dotted capitals are an acronym ("U.S.").
        return (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.', StringComparison.Ordinal) || Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }
}
