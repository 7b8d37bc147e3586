using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// The parts of a document inside quotation marks: curly quotes by their direction, straight quotes by pairing.
/// A quotation left open at the end of a paragraph runs to its end (news style for multi-paragraph quotes).
/// </summary>
internal static class QuoteRegions
{
    public static List<TextSpan> Find(Document document)
    {
        var regions = new List<TextSpan>();
        var text = document.Text;
        foreach (var paragraph in document.Paragraphs)
        {
            var open = -1;
            for (var i = paragraph.Span.Start; i < paragraph.Span.End; i++)
            {
                var c = text[i];
                if (open < 0 && (c == '“' || c == '«' || (c == '"' && OpensStraight(text, i))))
                {
                    open = i;
                }
                else if (open >= 0 && (c == '”' || c == '»' || c == '"'))
                {
                    regions.Add(TextSpan.FromBounds(open, i + 1));
                    open = -1;
                }
            }

            if (open >= 0)
            {
                regions.Add(TextSpan.FromBounds(open, paragraph.Span.End));
            }
        }

        return regions;
    }

    /// <summary>A straight quote opens when it follows a space, a bracket or the paragraph start.</summary>
    private static bool OpensStraight(string text, int at) => at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '—' or '–' or ':';

    /// <summary>The share of words in [start, end) that lie inside a region.</summary>
    public static double Share(List<TextSpan> regions, ReadOnlySpan<ReuseToken> tokens, int start, int end)
    {
        if (end <= start)
        {
            return 0;
        }

        var inside = 0;
        var r = 0;
        for (var t = start; t < end; t++)
        {
            var at = tokens[t].Start;
            while (r < regions.Count && regions[r].End <= at)
            {
                r++;
            }

            if (r < regions.Count && regions[r].Start <= at)
            {
                inside++;
            }
        }

        return (double)inside / (end - start);
    }
}
