using System.Buffers;
using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// Turns the analysable paragraphs of a document (body, headings, captions, embeds — never boilerplate, the title or the
/// dateline) into the normalised word stream text reuse compares, each word keeping its place in the original text.
/// Words are runs of letters and digits; case and diacritics are folded, apostrophes dropped ("Türkiye’s" = "turkiyes"),
/// separators inside numbers dropped ("9,000" = "9000"), dotted abbreviations joined ("U.S." = "us"), British spellings
/// and number words folded, and "per cent" read as "percent". Quote and dash styles never matter: they are not words.
/// </summary>
/// <remarks>
/// One pass over the characters, no string per word: each word's hash is computed while it is scanned, and ASCII
/// characters are classified and folded by a table.
/// </remarks>
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
        var bound = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            if (IsAnalysed(paragraph.Kind))
            {
                bound += MostWords(paragraph.Span.Length);
            }
        }

        var buffer = ArrayPool<ReuseToken>.Shared.Rent(Math.Max(1, bound));
        try
        {
            var count = 0;
            foreach (var paragraph in document.Paragraphs)
            {
                if (IsAnalysed(paragraph.Kind))
                {
                    count = Scan(document.Text, paragraph.Span.Start, paragraph.Span.End, buffer, count);
                }
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<ReuseToken>.Shared.Return(buffer);
        }
    }

    /// <summary>The word stream of <paramref name="text"/> between two offsets, appended to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<ReuseToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var buffer = ArrayPool<ReuseToken>.Shared.Rent(tokens.Count + MostWords(end - start) + 1);
        try
        {
            tokens.CopyTo(buffer);
            var count = Scan(text, start, end, buffer, tokens.Count);
            if (tokens.Count > 0)
            {
                // "per" ending the tokens given may have become "percent".
                tokens[^1] = buffer[tokens.Count - 1];
            }

            tokens.AddRange(buffer.AsSpan(tokens.Count, count - tokens.Count));
        }
        finally
        {
            ArrayPool<ReuseToken>.Shared.Return(buffer);
        }
    }

    /// <summary>Words are separated by at least one character, so a range holds at most half its length, rounded up.</summary>
    private static int MostWords(int length) => (Math.Max(0, length) + 1) / 2;

    /// <summary>Appends the words between two offsets to <paramref name="tokens"/>, which holds <paramref name="count"/> already; returns the new count.</summary>
    private static int Scan(string text, int start, int end, ReuseToken[] tokens, int count)
    {
        var span = text.AsSpan(0, end);
        var i = start;
        while (i < end)
        {
            if (!CharFolding.IsWordChar(span[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            var (hash, length) = (WordHash.Offset, 0);
            i = ScanRun(span, i, ref hash, ref length);
            while (i < end && MayJoin(span[i]) && JoinsWord(text, i, end, wordStart))
            {
                i = ScanRun(span, i + 1, ref hash, ref length);
            }

            hash = SpellingVariants.Canonical(hash);
            if (hash == Cent && count > 0 && tokens[count - 1].Hash == Per && tokens[count - 1].End + 1 >= wordStart)
            {
                var per = tokens[count - 1];
                tokens[count - 1] = new ReuseToken(Percent, per.Start, i - per.Start);
                continue;
            }

            tokens[count++] = new ReuseToken(hash, wordStart, i - wordStart);
        }

        return count;
    }

    /// <summary>
    /// Hashes the letters and digits from <paramref name="i"/> on into <paramref name="hash"/> (only the first
    /// <see cref="LongestWord"/> of a word count) and returns where they end.
    /// </summary>
    private static int ScanRun(ReadOnlySpan<char> text, int i, ref ulong hash, ref int length)
    {
        while (true)
        {
            i = AsciiRun(text, i, ref hash, ref length);
            if (i == text.Length || text[i] < 128)
            {
                return i;
            }

            var folded = CharFolding.FoldWordChar(text[i]);
            if (folded == '\0')
            {
                return i;
            }

            if (length < LongestWord)
            {
                hash = WordHash.Step(hash, folded);
                length++;
            }

            i++;
        }
    }

    /// <summary>
    /// The ASCII letters and digits from <paramref name="i"/> on, hashed while they are read: a loop without calls, so
    /// that the hash stays in a register. Stops at the first other character; characters past the longest word are
    /// read but not hashed.
    /// </summary>
    private static int AsciiRun(ReadOnlySpan<char> text, int i, ref ulong hash, ref int length)
    {
        var table = CharFolding.AsciiWordChars;
        var h = hash;
        var start = i;
        var stop = Math.Min(text.Length, i + LongestWord - length);
        for (; i < stop; i++)
        {
            var c = text[i];
            if (c >= 128 || table[c] == '\0')
            {
                break;
            }

            h = WordHash.Step(h, table[c]);
        }

        hash = h;
        length += i - start;
        if (i == stop)
        {
            while (i < text.Length && text[i] < 128 && table[text[i]] != '\0')
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>The characters <see cref="JoinsWord"/> may keep inside a word; any other non-word character ends it.</summary>
    private static bool MayJoin(char c) => c is '\'' or ',' or '.' or '’' or 'ʼ';

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
