using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>Direct quotations: quoted words standing as a sentence of their own, with the attribution before, after or inside.</summary>
internal sealed partial class DocumentQuotes
{
    private void ExtractFrom(int p)
    {
        var paragraph = _paragraphs[p];
        var used = new bool[paragraph.Tokens.Length];
        var embedded = new List<int>();
        for (; _nextRegion < _regions.Count && _regions[_nextRegion][0].Paragraph <= p; _nextRegion++)
        {
            var r = _nextRegion;
            if (_regionDone[r])
            {
                continue;
            }

            if (!TryDirect(r, used))
            {
                embedded.Add(r);
            }
        }

        foreach (var (start, end) in paragraph.Sentences)
        {
            ExtractReported(p, start, end, used, embedded);
        }

        for (var k = 0; k < embedded.Count; k++)
        {
            if (!_regionDone[embedded[k]])
            {
                LeftOver(embedded, k);
            }
        }
    }

    /// <summary>Makes a direct quotation of region <paramref name="r"/> when its words stand as a sentence.</summary>
    private bool TryDirect(int r, bool[] used)
    {
        var region = _regions[r];
        var first = region[0];
        var last = region[^1];
        var p = first.Paragraph;
        var sentence = SentenceOf(p, first.First);
        var lo = Math.Max(_sentences[sentence].Start, PreviousQuoteEnd(p, first.First, _sentences[sentence].Start));

        // What stands before the opening mark.
        Attribution? leading = null;
        var standsBefore = first.First <= lo || first.Open < 0;
        if (!standsBefore)
        {
            leading = LeadingCue(p, lo, first.First);
            standsBefore = leading is not null;
        }

        // What stands after the closing mark.
        var lp = last.Paragraph;
        var lastSentence = SentenceOf(lp, last.Last);
        var hi = NextMark(lp, last.Last + 1, _sentences[lastSentence].End);
        Attribution? trailing = null;
        var standsAfter = true;
        if (last.Close >= 0 && DashedName(lp, last.Last + 1, hi) is { } dashed)
        {
            // `"…" ― Carla Sanchez`: a dash and a name after the quoted words sign them.
            trailing = dashed;
        }
        else if (last.Close >= 0)
        {
            var after = last.Last + 1;
            while (after < hi && (IsPunct(lp, after, ',') || IsPunct(lp, after, '—') || IsPunct(lp, after, '–') || IsPunct(lp, after, '-')))
            {
                after++;
            }

            if (after < hi && IsWord(lp, after))
            {
                trailing = TrailingCue(lp, after, hi);
                standsAfter = trailing is not null || !char.IsLower(_text[_paragraphs[lp].Tokens[after].Start]);
            }
        }

        if (!standsBefore || !standsAfter)
        {
            return false;
        }

        var parts = region.Select(part => part.Words).ToList();
        SpeakerChoice speaker;
        Attribution? cue = trailing ?? leading;
        var cueParagraph = trailing is not null ? lp : p;
        var cueSentence = trailing is not null ? lastSentence : sentence;
        if (cue is null && first.First == 0 && p > 0 && _paragraphs[p - 1].Tokens.Length > 0 && IsPunct(p - 1, _paragraphs[p - 1].Tokens.Length - 1, ':'))
        {
            // "Breitbart News responded:" ending the paragraph before.
            var previous = _paragraphs[p - 1];
            cueParagraph = p - 1;
            cueSentence = SentenceOf(p - 1, previous.Tokens.Length - 1);
            cue = LeadingCue(p - 1, _sentences[cueSentence].Start, previous.Tokens.Length);
        }

        _regionDone[r] = true;
        Quotation? continued = null;
        if (cue is { } found)
        {
            speaker = Speaker(cueParagraph, cueSentence, found);
            Mark(used, found, cueParagraph == p);
            if (trailing is { } t)
            {
                MergeFollowing(lp, t, parts);
            }
        }
        else
        {
            continued = Continuation(p);
            if (continued is null)
            {
                return true;
            }

            speaker = new SpeakerChoice(continued.SpeakerMention, continued.Speaker, continued.SpeakerIsPerson, 0.5);
        }

        Add(p, new Quotation
        {
            Content = TextSpan.FromBounds(parts[0].Start, parts[^1].End),
            Parts = parts,
            Cue = cue is { HasCue: true } c ? SpanOf(cueParagraph, WithAuxiliaries(cueParagraph, c.CueStart), c.CueEnd) : continued?.Cue,
            CueVerb = cue is { HasCue: true } v ? SpanOf(cueParagraph, v.CueStart, v.CueEnd).Of(_text).ToLowerInvariant() : continued?.CueVerb,
            SpeakerMention = speaker.Mention,
            Speaker = speaker.Speaker,
            SpeakerIsPerson = speaker.IsPerson,
            Kind = QuoteKind.Direct,
            Paragraph = _paragraphs[p].Index,
            Confidence = Math.Round(speaker.Speaker is null ? 0.2 : speaker.Confidence, 2),
        });
        return true;
    }

    /// <summary>The first token of the verb group ending in the cue at <paramref name="cue"/>: "is" in <c>is describing</c>, "has" in <c>has said</c>.</summary>
    private int WithAuxiliaries(int p, int cue)
    {
        var t = cue;
        while (t - 1 >= 0 && t > cue - 3 && IsWord(p, t - 1) && char.IsLower(_text[_paragraphs[p].Tokens[t - 1].Start]) && Is(p, t - 1, Auxiliaries))
        {
            t--;
        }

        return t;
    }

    /// <summary>The speaker a cue points to.</summary>
    private SpeakerChoice Speaker(int p, int sentence, Attribution cue)
    {
        if (cue.HasSpeaker)
        {
            return ResolvePhrase(p, cue.SpeakerStart, cue.SpeakerEnd, sentence);
        }

        return SubjectSpeaker(p, sentence, cue.HasCue ? cue.CueStart : _sentences[sentence].End);
    }

    /// <summary>A quotation with no cue of its own continues the attribution of a quotation in the same or the previous paragraph.</summary>
    private Quotation? Continuation(int p)
    {
        for (var i = _found.Count - 1; i >= 0; i--)
        {
            var previous = _found[i];
            if (_foundAt[i] < p - 1)
            {
                break;
            }

            if (previous.Speaker is not null)
            {
                return previous;
            }
        }

        return null;
    }

    /// <summary>A cue before the opening mark: <c>Rutte said: "…"</c>, <c>saying: "…"</c>, <c>he told Anadolu, "…"</c> or a bare colon.</summary>
    private Attribution? LeadingCue(int p, int lo, int open)
    {
        for (var k = open - 1; k >= lo && k >= open - 10; k--)
        {
            if (IsMark(p, k))
            {
                break;
            }

            if (!TryCue(p, k, open, out var form, out _, out var cueEnd))
            {
                continue;
            }

            for (var between = cueEnd + 1; between < open; between++)
            {
                if (Is(p, between, ClauseWords) || IsPunct(p, between, '.') || IsPunct(p, between, ';'))
                {
                    return null;
                }
            }

            return Around(p, k, cueEnd, form, lo, open);
        }

        if (IsPunct(p, open - 1, ':'))
        {
            return new Attribution(open - 1, open - 1, CueForm.Participle, -1, -1, open - 1);
        }

        return null;
    }

    /// <summary>A cue after the closing mark: <c>"…," he said</c>, <c>"…," said Rutte</c>, <c>"…," according to X</c>.</summary>
    private Attribution? TrailingCue(int p, int after, int hi)
    {
        for (var j = after; j < hi && j < after + 24; j++)
        {
            if (IsPunct(p, j, '(') && ClosingBracket(p, j, hi) is var close and > 0)
            {
                // "Rep. Gwen Moore (D-Wis.) said".
                j = close;
                continue;
            }

            if (!IsWord(p, j) && !IsPunct(p, j, ','))
            {
                return null;
            }

            if (IsWord(p, j) && Is(p, j, ClauseWords) && (Word(p, j) is not "and" || j == after))
            {
                return null;
            }

            if (!TryCue(p, j, hi, out var form, out _, out var cueEnd))
            {
                continue;
            }

            if (form == CueForm.Participle && j > after)
            {
                return null;
            }

            return Around(p, j, cueEnd, form, after, hi);
        }

        return null;
    }

    /// <summary>A dash and a name of one to five capitalised words closing the sentence at <paramref name="dash"/>: the dash as the cue, the name as the speaker.</summary>
    private Attribution? DashedName(int p, int dash, int hi)
    {
        if (dash + 1 >= hi || !(IsPunct(p, dash, '―') || IsPunct(p, dash, '—') || IsPunct(p, dash, '–')))
        {
            return null;
        }

        var end = dash + 1;
        while (end + 1 < hi && IsCapitalised(p, end + 1))
        {
            end++;
        }

        var rest = end + 1;
        while (rest < hi && IsPunct(p, rest, '.'))
        {
            rest++;
        }

        return rest >= hi && IsNameRun(p, dash + 1, end) && !PersonWords.Contains(PersonWords.NotNames, Word(p, dash + 1))
            ? new Attribution(dash, dash, CueForm.Finite, dash + 1, end, end)
            : null;
    }

    /// <summary>The attribution around a cue: the speaker before it, after it (inverted, "according to") or the subject.</summary>
    private Attribution Around(int p, int cue, int cueEnd, CueForm form, int lo, int hi)
    {
        if (form == CueForm.Participle)
        {
            // "footage of Hillary Clinton asking, …": a name right before the participle is its subject.
            var (named, nameEnd) = cue - 1 >= lo && IsCapitalised(p, cue - 1) ? NameBefore(p, cue - 1, lo) : (-1, -1);
            return named >= 0 && IsNameRun(p, named, nameEnd) && !PersonWords.Contains(PersonWords.NotNames, Word(p, named))
                ? new Attribution(cue, cueEnd, form, named, nameEnd, cueEnd)
                : new Attribution(cue, cueEnd, form, -1, -1, cueEnd);
        }

        if (form == CueForm.Finite)
        {
            var (s, e) = SpeakerBefore(p, cue, lo);
            if (s >= 0)
            {
                return new Attribution(cue, cueEnd, form, s, e, ClauseEnd(p, cueEnd, hi));
            }
        }

        // "called the offer "the best we have seen"": after a verb of naming, the words that follow are what was named.
        var (start, end) = Word(p, cue) is "called" or "calls" or "call" or "calling" or "described" or "describes" or "labelled" or "labeled" or "dubbed"
            ? (-1, -1)
            : SpeakerAfter(p, cueEnd, hi);
        return start >= 0
            ? new Attribution(cue, cueEnd, form, start, end, ClauseEnd(p, end, hi))
            : new Attribution(cue, cueEnd, form, -1, -1, ClauseEnd(p, cueEnd, hi));
    }

    /// <summary>Where an attribution clause ends: before the next comma, stop or mark.</summary>
    private int ClauseEnd(int p, int from, int hi)
    {
        var t = from;
        while (t + 1 < hi && IsWord(p, t + 1))
        {
            t++;
        }

        return t;
    }

    /// <summary><c>"…," she said, "…"</c>: the quoted words right after the attribution belong to the same quotation.</summary>
    private void MergeFollowing(int p, Attribution cue, List<TextSpan> parts)
    {
        var t = cue.ClauseEnd + 1;
        var tokens = _paragraphs[p].Tokens;
        while (t < tokens.Length && (IsPunct(p, t, ',') || IsPunct(p, t, '.') || IsPunct(p, t, ':')))
        {
            t++;
        }

        if (t >= tokens.Length || !IsMark(p, t) || _paragraphs[p].Region[t] < 0)
        {
            return;
        }

        var r = _paragraphs[p].Region[t];
        var next = _regions[r];
        if (_regionDone[r] || next[0].Paragraph != p || next[0].First != t)
        {
            return;
        }

        var last = next[^1];
        if (last.Close >= 0)
        {
            var lp = last.Paragraph;
            var hi = NextMark(lp, last.Last + 1, _sentences[SentenceOf(lp, last.Last)].End);
            var after = last.Last + 1;
            while (after < hi && IsPunct(lp, after, ','))
            {
                after++;
            }

            if (after < hi && IsWord(lp, after) && (TrailingCue(lp, after, hi) is not null || char.IsLower(_text[_paragraphs[lp].Tokens[after].Start])))
            {
                return;
            }
        }

        _regionDone[r] = true;
        parts.AddRange(next.Select(part => part.Words));
    }

    private static void Mark(bool[] used, Attribution cue, bool sameParagraph)
    {
        if (!sameParagraph)
        {
            return;
        }

        var from = cue.HasSpeaker ? Math.Min(cue.SpeakerStart, cue.CueStart) : cue.CueStart;
        var to = Math.Max(cue.ClauseEnd, cue.HasSpeaker ? cue.SpeakerEnd : cue.CueEnd);
        for (var t = Math.Max(0, from); t <= to && t < used.Length; t++)
        {
            used[t] = true;
        }
    }

    /// <summary>The end of the quoted region before token <paramref name="at"/> in its sentence, or <paramref name="lo"/>.</summary>
    private int PreviousQuoteEnd(int p, int at, int lo)
    {
        var paragraph = _paragraphs[p];
        for (var t = at - 1; t >= lo; t--)
        {
            if (paragraph.InQuote(t))
            {
                return t + 1;
            }
        }

        return lo;
    }

    /// <summary>The next quotation mark from <paramref name="from"/>, or <paramref name="end"/>.</summary>
    private int NextMark(int p, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (IsMark(p, t))
            {
                return t;
            }
        }

        return end;
    }
}
