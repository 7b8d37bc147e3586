using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// Turns the analysable paragraphs of a document (body, headings, captions, embeds — never boilerplate, the title or the
/// dateline) into the normalised word stream text reuse compares, each word keeping its place in the original text.
/// Words are runs of letters and digits; case and diacritics are folded, apostrophes dropped ("Türkiye’s" = "turkiyes"),
/// separators inside numbers dropped ("9,000" = "9000"), dotted abbreviations joined ("U.S." = "us"), British spellings
/// and number words folded, and "per cent" read as "percent". Quote and dash styles never matter: they are not words.
/// </summary>
public static class ReuseTokenizer
{
    private const int LongestWord = 64;

    private static readonly ulong Per = WordHash.Of("per");
    private static readonly ulong Cent = WordHash.Of("cent");
    private static readonly ulong Percent = WordHash.Of("percent");

    /// <summary>Whether a paragraph of this kind is read for reuse.</summary>
    public static bool IsAnalysed(ParagraphKind kind) => kind is ParagraphKind.Body or ParagraphKind.Heading or ParagraphKind.Caption or ParagraphKind.Embed;

    /// <summary>The word stream of a document's analysable paragraphs.</summary>
    public static ReuseToken[] Tokenize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = new List<ReuseToken>(document.Text.Length / 6);
        foreach (var paragraph in document.Paragraphs)
        {
            if (IsAnalysed(paragraph.Kind))
            {
                Tokenize(document.Text, paragraph.Span.Start, paragraph.Span.End, tokens);
            }
        }

        return [.. tokens];
    }

    /// <summary>The word stream of <paramref name="text"/> between two offsets, appended to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<ReuseToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        Span<char> buffer = stackalloc char[LongestWord];
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            var length = 0;
            while (i < end)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (length < LongestWord)
                    {
                        buffer[length++] = CharFolding.Fold(c);
                    }

                    i++;
                }
                else if (JoinsWord(text, i, end, wordStart))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var hash = SpellingVariants.Canonical(WordHash.Of(buffer[..length]));
            if (hash == Cent && tokens.Count > 0 && tokens[^1].Hash == Per && tokens[^1].End + 1 >= wordStart)
            {
                var per = tokens[^1];
                tokens[^1] = new ReuseToken(Percent, per.Start, i - per.Start);
                continue;
            }

            tokens.Add(new ReuseToken(hash, wordStart, i - wordStart));
        }
    }

    /// <summary>An apostrophe between letters, a separator between digits, or the dot of an abbreviation like U.S. stays inside the word.</summary>
    private static bool JoinsWord(string text, int at, int end, int wordStart)
    {
        var c = text[at];
        var next = at + 1 < end ? text[at + 1] : '\0';
        var previous = text[at - 1];
        return c switch
        {
            '\'' or '’' or 'ʼ' => char.IsLetter(previous) && char.IsLetter(next),
            ',' or '.' when char.IsDigit(previous) && char.IsDigit(next) => true,
            '.' => char.IsLetter(previous) && (at - 1 == wordStart || text[at - 2] == '.') && char.IsLetter(next) && (at + 2 >= end || !char.IsLetter(text[at + 2])),
            _ => false,
        };
    }
}
