using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// The work of extracting the quotations of one document: tokens, quoted regions, sentences and people first, then
/// direct quotations, reported speech and the quoted words left over, each with its speaker resolved.
/// </summary>
internal sealed partial class DocumentQuotes
{
    private readonly string _text;
    private readonly List<QuoteParagraph> _paragraphs = [];
    private readonly List<SentenceInfo> _sentences = [];
    private readonly PersonIndex _people = new();
    private readonly List<Quotation> _found = [];
    private readonly List<int> _foundAt = [];
    private int _nextRegion;
    private List<List<QuotedPart>> _regions = [];
    private bool[] _regionDone = [];

    private DocumentQuotes(string text) => _text = text;

    public static List<Quotation> Extract(Document document, IPersonFinder finder)
    {
        var work = new DocumentQuotes(document.Text);
        work.Prepare(document, finder);
        for (var p = 0; p < work._paragraphs.Count; p++)
        {
            work.ExtractFrom(p);
        }

        work._found.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return work._found;
    }

    private void Prepare(Document document, IPersonFinder finder)
    {
        var tokens = new List<Token>();
        var embedAuthors = new List<string>();
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            if (paragraph.Kind is not (ParagraphKind.Body or ParagraphKind.Caption or ParagraphKind.Embed))
            {
                continue;
            }

            if (paragraph.Embed?.Author is { } author)
            {
                embedAuthors.Add(author);
            }

            tokens.Clear();
            QuoteTokenizer.Tokenize(_text, paragraph.Span.Start, paragraph.Span.End, tokens);
            _paragraphs.Add(new QuoteParagraph(i, paragraph.Span, [.. tokens]));
        }

        _regions = QuoteScanner.Scan(_text, _paragraphs);
        _regionDone = new bool[_regions.Count];
        var allMentions = new List<PersonMention>();
        foreach (var paragraph in _paragraphs)
        {
            SplitSentences(paragraph);
            var mentions = finder.Find(_text, paragraph.Span);
            allMentions.AddRange(mentions);
            paragraph.People.AddRange(mentions.Where(m => !InsideQuote(paragraph, m.NameSpan.Start)));
        }

        _people.AddAll(allMentions);
        foreach (var author in embedAuthors)
        {
            _people.Add(author, null, PersonGender.Unknown, singleWordAllowed: false);
        }

        for (var p = 0; p < _paragraphs.Count; p++)
        {
            CollectHolders(p);
        }

        for (var p = 0; p < _paragraphs.Count; p++)
        {
            var mention = 0;
            foreach (var (start, end) in _paragraphs[p].Sentences)
            {
                _sentences.Add(Describe(p, start, end, ref mention));
            }
        }
    }

    private void Add(int p, Quotation quotation)
    {
        // "He's claiming …": the contracted auxiliary belongs to the cue, not to the speaker's words.
        if (quotation.SpeakerMention is { } mention && quotation.Cue is { } cue && mention.Length > 2 && mention.End <= cue.Start
            && _text.AsSpan(mention.End - 2, 2) is "’s" or "'s" && _text.AsSpan(mention.End, cue.Start - mention.End).IsWhiteSpace()
            && _text.AsSpan(cue.Start, cue.Length).EndsWith("ing", StringComparison.Ordinal))
        {
            quotation = quotation with { SpeakerMention = new TextSpan(mention.Start, mention.Length - 2), Cue = TextSpan.FromBounds(mention.End - 2, cue.End) };
        }

        _found.Add(quotation);
        _foundAt.Add(p);
    }

    private void SplitSentences(QuoteParagraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var start = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (EndsSentenceInQuote(paragraph, start, t))
            {
                // `… and "a little bit of politics." Sanders said …`: quoted words closing a sentence they began inside.
                if (t + 1 < tokens.Length && StartsSentence(tokens[t + 1]) && tokens[t + 1].Kind != TokenKind.Mark)
                {
                    paragraph.Sentences.Add((start, t + 1));
                    start = t + 1;
                }

                continue;
            }

            if (paragraph.InQuote(t) || tokens[t].Kind != TokenKind.Punct || _text[tokens[t].Start] is not ('.' or '?' or '!' or '…'))
            {
                continue;
            }

            if (t + 1 < tokens.Length && !StartsSentence(tokens[t + 1]))
            {
                continue;
            }

            paragraph.Sentences.Add((start, t + 1));
            start = t + 1;
        }

        if (start < tokens.Length)
        {
            paragraph.Sentences.Add((start, tokens.Length));
        }
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is a closing mark right after a full stop, of quoted words that opened after
    /// the start of the sentence at <paramref name="start"/> (a quotation standing alone keeps its attribution after it).
    /// </summary>
    private bool EndsSentenceInQuote(QuoteParagraph paragraph, int start, int t)
    {
        var tokens = paragraph.Tokens;
        if (tokens[t].Kind != TokenKind.Mark || t == 0 || !paragraph.InQuote(t) || tokens[t - 1].Kind != TokenKind.Punct
            || _text[tokens[t - 1].Start] is not ('.' or '?' or '!' or '…') || (t + 1 < tokens.Length && paragraph.Region[t + 1] == paragraph.Region[t]))
        {
            return false;
        }

        var first = t - 1;
        while (first > start && paragraph.Region[first - 1] == paragraph.Region[t])
        {
            first--;
        }

        return first > start && tokens[first].Kind == TokenKind.Mark && paragraph.Region[first - 1] != paragraph.Region[t];
    }

    private bool StartsSentence(Token token) =>
        token.Kind == TokenKind.Mark || char.IsUpper(_text[token.Start]) || char.IsDigit(_text[token.Start]) || _text[token.Start] is '(' or '‘' or '-' or '—';

    private static bool InsideQuote(QuoteParagraph paragraph, int offset)
    {
        var tokens = paragraph.Tokens;
        var lo = 0;
        var hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return paragraph.InQuote(mid);
            }
        }

        return false;
    }

    /// <summary>The index among all sentences of the sentence holding a token.</summary>
    private int SentenceOf(int p, int token)
    {
        var lo = 0;
        var hi = _sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = _sentences[mid];
            if (s.Paragraph < p || (s.Paragraph == p && s.End <= token))
            {
                lo = mid + 1;
            }
            else if (s.Paragraph > p || s.Start > token)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Clamp(lo, 0, _sentences.Count - 1);
    }

    private TextSpan SpanOf(int p, int first, int last)
    {
        var tokens = _paragraphs[p].Tokens;
        return TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
    }
}
