using System.Collections.Frozen;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>Reported speech: <c>X said (that) …</c>, <c>X told Y that …</c>, <c>…, X said.</c>, <c>according to X</c>, with any quoted words inside.</summary>
internal sealed partial class DocumentQuotes
{
    /// <summary>Finds reported speech in the sentence [<paramref name="start"/>, <paramref name="end"/>) of paragraph <paramref name="p"/>.</summary>
    private void ExtractReported(int p, int start, int end, bool[] used, List<int> embedded)
    {
        var stop = end;
        while (stop > start && _paragraphs[p].Tokens[stop - 1].Kind == TokenKind.Punct && !IsPunct(p, stop - 1, ')'))
        {
            stop--;
        }

        if (TrailingReport(p, start, stop, used) is { } trailing)
        {
            Emit(p, trailing, embedded);
            Array.Fill(used, true, start, stop - start);
            return;
        }

        var from = start;
        for (var t = start; t < stop; t++)
        {
            if (used[t] || _paragraphs[p].InQuote(t) || !TryCue(p, t, stop, out var form, out var takesClause, out var cueEnd) || !takesClause)
            {
                continue;
            }

            var found = form switch
            {
                CueForm.AccordingTo => AccordingTo(p, from, t, cueEnd, stop),
                CueForm.Participle => Reported(p, t, cueEnd, form, -1, -1, ClauseEndOf(p, cueEnd + 1, stop, used)),
                _ => Finite(p, from, t, cueEnd, stop, used),
            };
            if (found is not { } reported)
            {
                continue;
            }

            Emit(p, reported, embedded);
            for (var u = Math.Min(reported.ContentStart, reported.Attribution.CueStart); u <= Math.Max(reported.ContentEnd, reported.Attribution.ClauseEnd); u++)
            {
                used[u] = true;
            }

            from = reported.ContentEnd + 1;
            t = Math.Max(t, reported.Attribution.CueEnd);
        }
    }

    private ReportedClause? Finite(int p, int from, int cue, int cueEnd, int stop, bool[] used)
    {
        var (s, e) = SpeakerBefore(p, cue, from);
        if (s < 0)
        {
            // "…, said the spokesman." closing the sentence.
            var (a, b) = SpeakerAfter(p, cueEnd, stop);
            if (a >= 0 && ClosesClause(p, cue, from) is var end and >= 0 && b >= stop - 3)
            {
                return Reported(p, cue, cueEnd, CueForm.Finite, a, b, end, contentStart: from);
            }

            return null;
        }

        // "…, sources said." and `… "cool off," Kunin said in an interview.` closing the sentence.
        if (ClosesClause(p, s, from) is var closed and >= 0 && TrailsSentence(p, cueEnd, stop) && (closed - from >= 2 || stop - cueEnd <= 5))
        {
            return Reported(p, cue, cueEnd, CueForm.Finite, s, e, closed, contentStart: from);
        }

        if (s != from && !(s > from && (IsPunct(p, s - 1, ',') || Is(p, s - 1, ClauseWords) || IsMark(p, s - 1))))
        {
            return null;
        }

        return Reported(p, cue, cueEnd, CueForm.Finite, s, e, ClauseEndOf(p, cueEnd + 1, stop, used));
    }

    /// <summary>
    /// Where the reported words end when an attribution starting at <paramref name="at"/> follows them after a comma
    /// (<c>…, sources said</c>) or after quoted words closed with a comma (<c>… "cool off," Kunin said</c>): the last
    /// token of those words, or -1.
    /// </summary>
    private int ClosesClause(int p, int at, int from)
    {
        if (at - 1 > from && IsPunct(p, at - 1, ','))
        {
            return at - 2;
        }

        // Quoted words already taken as a direct quotation (over several paragraphs, say) are not reported again.
        return at - 2 > from && IsMark(p, at - 1) && IsPunct(p, at - 2, ',') && _paragraphs[p].Region[at - 1] is var r and >= 0 && !_regionDone[r] ? at - 1 : -1;
    }

    private ReportedClause? AccordingTo(int p, int from, int cue, int cueEnd, int stop)
    {
        var (s, e) = SpeakerAfter(p, cueEnd, stop);
        if (s < 0)
        {
            return null;
        }

        if (cue == from || (cue == from + 1 && IsWord(p, from)))
        {
            // "According to X, …"
            var c = e + 1;
            while (c < stop && !IsPunct(p, c, ','))
            {
                c++;
            }

            return c + 1 < stop ? new ReportedClause(new Attribution(cue, cueEnd, CueForm.AccordingTo, s, e, e), c + 1, stop - 1) : null;
        }

        // "…, according to X."
        return cue - 1 > from && IsPunct(p, cue - 1, ',')
            ? new ReportedClause(new Attribution(cue, cueEnd, CueForm.AccordingTo, s, e, e), from, cue - 2)
            : null;
    }

    /// <summary>The reported clause after a cue: past a recipient (<c>told Anadolu</c>), a time or manner phrase and "that".</summary>
    /// <summary>The first token after the person or outlet a verb of telling addresses (a name of up to four capitalised words, or a pronoun), or <paramref name="t"/>.</summary>
    private int AfterAddressee(int p, int t, int contentEnd)
    {
        if (t <= contentEnd && IsWord(p, t) && Word(p, t) is "him" or "her" or "them" or "us" or "me" or "reporters" or "journalists")
        {
            return t + 1;
        }

        var k = t;
        while (k <= contentEnd && k - t < 4 && IsCapitalised(p, k))
        {
            k++;
        }

        if (k > t)
        {
            return k <= contentEnd && IsWord(p, k) && char.IsLower(Word(p, k)[0]) && !Is(p, k, ClauseWords) && !Is(p, k, Prepositions) ? k : t;
        }

        // "told analysts the fleet was sound", "warned the committee the recall would cost more": a short addressee in
        // lower case, then a clause that opens with a subject. "warned the deal would fail" has no addressee.
        var noun = t <= contentEnd && Word(p, t) is "the" or "its" or "his" or "her" or "their" or "our" ? t + 1 : t;
        return noun + 1 <= contentEnd && IsWord(p, noun) && char.IsLower(Word(p, noun)[0]) && !Is(p, noun, ClauseWords) && !Is(p, noun, Prepositions)
            && Word(p, noun) is not ("that" or "he" or "she" or "it" or "they" or "we" or "i" or "you")
            && OpensClause(p, noun + 1) ? noun + 1 : t;
    }

    /// <summary>Whether token <paramref name="k"/> can open a clause as its subject: a pronoun, a determiner or a name.</summary>
    private bool OpensClause(int p, int k) =>
        IsWord(p, k) && (IsCapitalised(p, k) || Word(p, k) is "he" or "she" or "it" or "they" or "we" or "you" or "there" or "the" or "a" or "an"
            or "this" or "these" or "those" or "its" or "their" or "his" or "her" or "our" or "no" or "some" or "all" or "every");

    private ReportedClause? Reported(int p, int cue, int cueEnd, CueForm form, int speakerStart, int speakerEnd, int contentEnd, int contentStart = -1)
    {
        var attribution = new Attribution(cue, cueEnd, form, speakerStart, speakerEnd, cueEnd);
        if (contentStart >= 0)
        {
            return contentEnd - contentStart >= 2 ? new ReportedClause(attribution, contentStart, contentEnd) : null;
        }

        var t = cueEnd + 1;
        var that = -1;
        for (var k = t; k <= contentEnd && k <= t + 7; k++)
        {
            if (!IsWord(p, k) && !IsPunct(p, k, ','))
            {
                break;
            }

            if (Word(p, k) is "that")
            {
                // "said on Tuesday that …", "told reporters that …"; but in "said Nordby would not sign a deal that …"
                // the "that" is inside what was said.
                that = AsideBefore(p, cue, t, k) ? k : -1;
                break;
            }
        }

        if (that >= 0)
        {
            t = that + 1;
        }
        else if (t <= contentEnd && IsPunct(p, t, ':'))
        {
            return null;
        }
        else if (Word(p, cue) is "told" or "tells" or "tell" or "telling" or "assured" or "assures" or "warned" or "warns" or "reminded"
                 or "reminds" or "promised" or "promises" or "informed" or "informs")
        {
            // "told Harbor Wire the government would not wait": whom it was told is not what was said.
            t = AfterAddressee(p, t, contentEnd);
        }

        // "said on Tuesday the government would …": when it was said is not what was said.
        if (that < 0 && t + 1 <= contentEnd && Word(p, t) is "on" or "last" or "this" or "early" or "late" && Is(p, t + 1, Calendar))
        {
            t += 2;
        }
        else if (that < 0 && t <= contentEnd && (Is(p, t, Calendar) || Word(p, t) is "yesterday" or "today" or "tonight"))
        {
            t++;
        }

        if (t <= contentEnd && IsPunct(p, t, ','))
        {
            t++;
        }

        return contentEnd - t >= 2 ? new ReportedClause(attribution with { ClauseEnd = Math.Max(cueEnd, t - 1) }, t, contentEnd) : null;
    }

    /// <summary>Where a reported clause ends: at the sentence's end, a semicolon, or ", adding …" starting a new report.</summary>
    private int ClauseEndOf(int p, int from, int stop, bool[] used)
    {
        for (var t = from; t < stop; t++)
        {
            if (IsPunct(p, t, ';') || used[t])
            {
                return Trim(p, from, t - 1);
            }

            if (IsPunct(p, t, ',') && t + 1 < stop && TryCue(p, t + 1, stop, out var form, out _, out _) && form == CueForm.Participle)
            {
                return Trim(p, from, t - 1);
            }
        }

        return stop - 1;
    }

    private int Trim(int p, int from, int end)
    {
        while (end > from && _paragraphs[p].Tokens[end].Kind == TokenKind.Punct)
        {
            end--;
        }

        return end;
    }

    private void Emit(int p, ReportedClause reported, List<int> embedded)
    {
        var paragraph = _paragraphs[p];
        var parts = new List<TextSpan>();
        var lastClose = -1;
        foreach (var r in embedded)
        {
            var part = _regions[r][0];
            if (!_regionDone[r] && part.Paragraph == p && part.First >= reported.ContentStart && part.Last <= reported.ContentEnd + 1)
            {
                _regionDone[r] = true;
                parts.AddRange(_regions[r].Select(x => x.Words));
                lastClose = _regions[r].Count == 1 ? part.Close : -1;
            }
        }

        var sentence = SentenceOf(p, reported.Attribution.CueStart);
        var speaker = Speaker(p, sentence, reported.Attribution);
        var cue = SpanOf(p, WithAuxiliaries(p, reported.Attribution.CueStart), reported.Attribution.CueEnd);
        // Reported words end with the last quoted words in them: what follows is the writer's.
        var content = SpanOf(p, reported.ContentStart, lastClose > reported.ContentStart && lastClose < reported.ContentEnd && EndsReport(p, lastClose + 1) ? lastClose : reported.ContentEnd);

        Add(p, new Quotation
        {
            Content = content,
            Parts = parts,
            Cue = cue,
            CueVerb = SpanOf(p, reported.Attribution.CueStart, reported.Attribution.CueEnd).Of(_text).ToLowerInvariant(),
            SpeakerMention = speaker.Mention,
            Speaker = speaker.Speaker,
            SpeakerIsPerson = speaker.IsPerson,
            Kind = parts.Count > 0 ? QuoteKind.Mixed : QuoteKind.Indirect,
            Paragraph = paragraph.Index,
            Confidence = Math.Round((speaker.Speaker is null ? 0.2 : speaker.Confidence) - 0.1, 2),
        });
    }

    private int WordCount(List<QuotedPart> region)
    {
        var words = 0;
        foreach (var part in region)
        {
            for (var t = part.First; t <= part.Last; t++)
            {
                words += IsWord(part.Paragraph, t) ? 1 : 0;
            }
        }

        return words;
    }

    /// <summary>
    /// Quoted words inside a sentence with no speech cue for them: said by the sentence's subject, with the verb after
    /// the subject as the cue (<c>Clinton criticized the law as a "crazy system"</c>, <c>He calls it "a disgrace"</c>).
    /// Short quoted words count only after an attributing verb; otherwise they are taken for scare quotes. Quoted words
    /// later in the same sentence join the quotation as further parts.
    /// </summary>
    private void LeftOver(List<int> embedded, int index)
    {
        var r = embedded[index];
        var first = _regions[r][0];
        var p = first.Paragraph;
        var sentence = SentenceOf(p, first.First);
        var sentenceStart = _sentences[sentence].Start;
        var (s, e, person) = SubjectBefore(p, sentenceStart, first.First);
        if (s >= 0 && person is null && !Is(p, s, SubjectPronouns))
        {
            return;
        }

        if (s < 0)
        {
            (s, e) = OpeningNounPhrase(p, sentenceStart, first.First);
            if (s < 0)
            {
                return;
            }
        }

        // "Scott's family has urged …": the head noun after a possessive name is part of the subject.
        for (var n = 0; n < 3 && e + 1 < first.First && (Word(p, e).EndsWith("'s", StringComparison.Ordinal) || Word(p, e).EndsWith("’s", StringComparison.Ordinal) || n > 0)
            && IsWord(p, e + 1) && char.IsLower(_text[_paragraphs[p].Tokens[e + 1].Start]) && !Is(p, e + 1, Adverbs) && !Is(p, e + 1, Auxiliaries)
            && !Is(p, e + 1, ClauseWords) && !Is(p, e + 1, Prepositions) && !AttributionVerbs.Contains(Word(p, e + 1)); n++)
        {
            e++;
        }

        var (cueStart, verb) = VerbAfter(p, e + 1, first.First);
        var attributing = verb >= 0 && AttributionVerbs.Contains(Word(p, verb));
        if (verb >= 0 && SpeakerBefore(p, cueStart, sentenceStart) is var (a, b) && a >= 0 && a <= s && b >= e)
        {
            (s, e) = (a, b);
        }

        var speaker = ResolvePhrase(p, s, e, sentence, vouched: attributing);
        var personal = speaker.IsPerson || (s == e && Is(p, s, SubjectPronouns));
        if (!(attributing || (personal && WordCount(_regions[r]) >= 5)) || (!attributing && !speaker.IsPerson))
        {
            return;
        }

        var parts = new List<TextSpan>();
        var lastClose = -1;
        for (var k = index; k < embedded.Count; k++)
        {
            var region = _regions[embedded[k]];
            if (_regionDone[embedded[k]] || region[0].Paragraph != p || SentenceOf(p, region[0].First) != sentence || (k > index && verb < 0))
            {
                continue;
            }

            _regionDone[embedded[k]] = true;
            parts.AddRange(region.Select(x => x.Words));
            lastClose = region.Count == 1 ? region[0].Close : -1;
        }

        var content = TextSpan.FromBounds(parts[0].Start, parts[^1].End);
        if (verb >= 0 && lastClose >= 0)
        {
            // The clause after the verb, to the end of the sentence, a semicolon or a participle taking up a new report.
            var from = verb + 1;
            from += from < first.First && Word(p, from) is "that" ? 1 : 0;
            var stop = _sentences[sentence].End;
            while (stop > lastClose + 1 && _paragraphs[p].Tokens[stop - 1].Kind == TokenKind.Punct && !IsPunct(p, stop - 1, ')'))
            {
                stop--;
            }

            content = SpanOf(p, Math.Min(from, first.First), EndsReport(p, lastClose + 1) ? lastClose : ClauseEndOf(p, lastClose + 1, stop, new bool[_paragraphs[p].Tokens.Length]));
        }

        Add(p, new Quotation
        {
            Content = content,
            Parts = parts,
            Cue = verb >= 0 ? SpanOf(p, cueStart, verb) : null,
            CueVerb = verb >= 0 ? Word(p, verb).ToString() : null,
            SpeakerMention = speaker.Mention,
            Speaker = speaker.Speaker,
            SpeakerIsPerson = speaker.IsPerson,
            Kind = QuoteKind.Mixed,
            Paragraph = _paragraphs[p].Index,
            Confidence = attributing ? 0.5 : 0.4,
        });
    }

    /// <summary>
    /// Whether the words from <paramref name="t"/> leave the report: a contrast (<c>but</c>, <c>while</c>), a time or
    /// occasion (<c>Wednesday on …</c>, <c>during a stop</c>) or a participle taking up the subject (<c>comparing him …</c>).
    /// </summary>
    private bool EndsReport(int p, int t)
    {
        var tokens = _paragraphs[p].Tokens;
        if (t < tokens.Length && IsPunct(p, t, ','))
        {
            t++;
        }

        if (t >= tokens.Length || !IsWord(p, t))
        {
            return false;
        }

        var word = Word(p, t);
        return word is "but" or "while" or "though" or "although" or "whereas"
            || (char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && word is not ("being" or "nothing" or "something" or "everything" or "anything"));
    }

    /// <summary>
    /// The verb after a subject ending before <paramref name="from"/>, past a bracket, an apposition, auxiliaries and
    /// adverbs: the first token of the verb group and the verb itself, or -1 when no lower-case verb comes before
    /// <paramref name="limit"/>.
    /// </summary>
    private (int Start, int Verb) VerbAfter(int p, int from, int limit)
    {
        var t = from;
        if (t < limit && IsPunct(p, t, '(') && ClosingBracket(p, t, limit) is var close and > 0)
        {
            t = close + 1;
        }

        if (t < limit && IsPunct(p, t, ','))
        {
            var next = t + 1;
            while (next < limit && next <= t + 24 && !IsPunct(p, next, ',') && !IsMark(p, next))
            {
                next++;
            }

            if (next >= limit || !IsPunct(p, next, ','))
            {
                return (-1, -1);
            }

            t = next + 1;
        }

        var start = t;
        while (t < limit && (Is(p, t, Adverbs) || IsMannerAdverb(p, t) || Is(p, t, Auxiliaries)))
        {
            t++;
        }

        return t < limit && IsWord(p, t) && char.IsLower(_text[_paragraphs[p].Tokens[t].Start]) && !Is(p, t, ClauseWords) && !Is(p, t, Prepositions)
            ? (start, t)
            : (-1, -1);
    }

    /// <summary>Forms of "be" that stand before a verb (<c>is describing</c>, <c>was calling</c>).</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "is", "was", "are", "were", "been", "being", "be", "has", "have", "had", "will", "would");
}
