using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// Pairs quotation marks across a document in one pass. Curly marks pair by their direction, straight marks by the
/// characters around them. A region left open at the end of a paragraph continues when the next paragraph opens with a
/// mark (news style for quotes of several paragraphs), and otherwise ends there; a new opening mark inside an open
/// region ends it. So unbalanced marks never make a region run past its paragraph.
/// </summary>
internal static class QuoteScanner
{
    public static List<List<QuotedPart>> Scan(string text, IReadOnlyList<QuoteParagraph> paragraphs)
    {
        var regions = new List<List<QuotedPart>>();
        List<QuotedPart>? open = null;
        var openAt = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var tokens = paragraph.Tokens;
            var startToken = 0;
            if (open is not null)
            {
                // A region left open by the previous paragraph carries on only if this one opens with a mark.
                if (tokens.Length > 0 && tokens[0].Kind == TokenKind.Mark && Opens(text, tokens[0].Start))
                {
                    openAt = 0;
                    startToken = 1;
                }
                else
                {
                    open = null;
                }
            }

            for (var t = startToken; t < tokens.Length; t++)
            {
                if (tokens[t].Kind != TokenKind.Mark)
                {
                    continue;
                }

                var at = tokens[t].Start;
                var c = text[at];
                if (open is not null && IsSingle(text[tokens[openAt].Start]) != IsSingle(c))
                {
                    // Marks of the other kind inside a quotation are part of it (a quotation within a quotation).
                    continue;
                }

                if (open is not null && c == '‘')
                {
                    continue;
                }

                if (open is null)
                {
                    if (Opens(text, at))
                    {
                        open = [];
                        regions.Add(open);
                        openAt = t;
                    }
                }
                else if ((c is '«' or '„' || (c == '“' && !ClosesLowHigh(text, tokens[openAt].Start, at))) || (c == '"' && LooksOpening(text, at, paragraph.Span.End) && t > openAt + 1))
                {
                    // An opening mark inside an open region: the region was never closed; end it before this mark.
                    End(paragraph, p, open, openAt, t - 1, close: -1);
                    open = [];
                    regions.Add(open);
                    openAt = t;
                }
                else
                {
                    End(paragraph, p, open, openAt, t, close: t);
                    open = null;
                }
            }

            if (open is not null && IsSingle(text[tokens[openAt].Start]))
            {
                // Single marks are also apostrophes: a single-mark quotation must close in its paragraph.
                open.Clear();
                open = null;
            }

            if (open is not null)
            {
                End(paragraph, p, open, openAt, tokens.Length - 1, close: -1);
                var next = p + 1 < paragraphs.Count ? paragraphs[p + 1] : null;
                var continues = next is not null && next.Tokens.Length > 0 && next.Tokens[0].Kind == TokenKind.Mark && Opens(text, next.Tokens[0].Start);
                if (!continues)
                {
                    open = null;
                }
            }
        }

        regions.RemoveAll(r => r.Count == 0);
        for (var r = 0; r < regions.Count; r++)
        {
            foreach (var part in regions[r])
            {
                var region = paragraphs[part.Paragraph].Region;
                for (var t = part.First; t <= part.Last; t++)
                {
                    region[t] = r;
                }
            }
        }

        return regions;
    }

    private static void End(QuoteParagraph paragraph, int p, List<QuotedPart> region, int openAt, int last, int close)
    {
        if (last < openAt)
        {
            return;
        }

        var tokens = paragraph.Tokens;
        var wordsFirst = openAt + 1;
        var wordsLast = close >= 0 ? close - 1 : last;
        var words = wordsLast >= wordsFirst
            ? TextSpan.FromBounds(tokens[wordsFirst].Start, tokens[wordsLast].End)
            : new TextSpan(tokens[openAt].End, 0);
        region.Add(new QuotedPart(p, openAt, close, openAt, last, words));
    }

    private static bool IsSingle(char c) => c is '‘' or '’';

    /// <summary>Whether the mark at <paramref name="at"/> can open a quotation.</summary>
    private static bool Opens(string text, int at)
    {
        var c = text[at];
        if (c is '“' or '«' or '„')
        {
            return true;
        }

        if (c == '‘')
        {
            return at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '—' or '―' or '–' or '[';
        }

        // A closing curly mark typed where an opening one belongs (”Fear. I am afraid…”) opens when it starts a word
        // after a space or at the start of a paragraph, which a closing mark never does.
        if (c == '”')
        {
            return (at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '—' or '―') && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]);
        }

        return c == '"' && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] is not ('.' or ',' or '?' or '!' or ';'));
    }

    /// <summary>
    /// Whether the mark “ at <paramref name="at"/> closes a quotation opened by the low mark „ at <paramref name="opener"/>
    /// (the German and Central European style „…“): it does when it does not stand before a word after a space.
    /// </summary>
    private static bool ClosesLowHigh(string text, int opener, int at) =>
        text[opener] == '„' && !((at == 0 || char.IsWhiteSpace(text[at - 1])) && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]));

    /// <summary>A straight mark after a space and before a word opens rather than closes.</summary>
    private static bool LooksOpening(string text, int at, int end) =>
        (at == 0 || char.IsWhiteSpace(text[at - 1])) && at + 1 < end && char.IsLetterOrDigit(text[at + 1]);
}
