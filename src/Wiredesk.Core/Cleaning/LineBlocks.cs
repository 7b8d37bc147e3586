using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>
/// Splits plain text into blocks: one per line, or one per blank-line-separated run of lines when the text is hard-wrapped
/// (most lines of a similar, short width). A leading <c>date YYYY-MM-DD</c> token becomes a block of its own.
/// Spans are trimmed of surrounding whitespace.
/// </summary>
internal static class LineBlocks
{
    public static List<RawBlock> Split(string text)
    {
        var blocks = new List<RawBlock>();
        var lines = Lines(text);
        var wrapped = LooksHardWrapped(text, lines);
        var runStart = -1;
        var runEnd = -1;
        foreach (var line in lines)
        {
            var trimmed = Trim(text, line);
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            if (!wrapped)
            {
                blocks.Add(new RawBlock(trimmed, BlockHint.None));
                continue;
            }

            if (runStart < 0)
            {
                runStart = trimmed.Start;
            }

            runEnd = trimmed.End;
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (runStart >= 0)
            {
                blocks.Add(new RawBlock(TextSpan.FromBounds(runStart, runEnd), BlockHint.None));
                runStart = -1;
            }
        }
    }

    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add(TextSpan.FromBounds(start, i));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(TextSpan.FromBounds(start, text.Length));
        return lines;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Hard-wrapped text has blank lines between paragraphs and most lines end near one width, under 100 characters.</summary>
    private static bool LooksHardWrapped(string text, List<TextSpan> lines)
    {
        var nonEmpty = lines.Select(l => Trim(text, l).Length).Where(n => n > 0).ToList();
        if (nonEmpty.Count < 6 || nonEmpty.Count == lines.Count)
        {
            return false;
        }

        var longest = nonEmpty.Max();
        if (longest > 100)
        {
            return false;
        }

        var nearWidth = nonEmpty.Count(n => n >= longest * 0.7);
        return nearWidth >= nonEmpty.Count * 0.5;
    }
}
