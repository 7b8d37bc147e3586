using Wiredesk.Core.Text;

namespace Wiredesk.Core.Time;

/// <summary>
/// One pass of the temporal grammar over the tokens of one text: at each token it tries every rule, keeps the
/// longest expression, and moves past it. Holds the text, the tokens and the anchor for that pass only.
/// </summary>
internal sealed partial class TimexParser
{
    private const int TenseWindow = 14;

    private readonly string _text;
    private readonly List<TimeToken> _t;
    private readonly DateOnly? _anchor;
    private (int Year, int Quarter, int Token)? _lastQuarter;

    public TimexParser(string text, List<TimeToken> tokens, DateOnly? anchor)
    {
        _text = text;
        _t = tokens;
        _anchor = anchor;
    }

    public List<TimeExpression> Run()
    {
        var found = new List<TimeExpression>();
        var i = 0;
        while (i < _t.Count)
        {
            var token = _t[i];
            if (token.Kind == TokenKind.Symbol || (token.Kind == TokenKind.Word && token.Lex.Kind == LexKind.None && !IsQuarterLetter(i)))
            {
                i++;
                continue;
            }

            if (Best(i) is { } timex)
            {
                found.Add(Emit(timex));
                i = timex.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private TimeExpression Emit(Timex timex)
    {
        var span = TextSpan.FromBounds(_t[timex.First].Start, _t[timex.End - 1].End);
        var mod = timex.Mod;
        if (mod == TimeModifier.None && timex.Type == TimeExpressionType.Duration)
        {
            mod = QuantityBefore(timex.First);
        }

        return new TimeExpression(span, span.Of(_text), timex.Type, timex.Value, mod, timex.EndValue);
    }

    private Timex? Best(int i)
    {
        var best = BestAt(i);
        if (_t[i].Is(LexKind.The) && BestAt(i + 1) is { } inner && TakesArticle(inner) && (best is null || inner.End > best.Value.End))
        {
            best = inner with { First = i };
        }

        if (best is { } chosen && chosen.Value.EndsWith("-Q", StringComparison.Ordinal))
        {
            return null;
        }

        return best;
    }

    private Timex? BestAt(int i)
    {
        if (i >= _t.Count)
        {
            return null;
        }

        Timex? best = null;
        Consider(ref best, Modified(i));
        Consider(ref best, CalendarDate(i));
        Consider(ref best, NumericDate(i));
        Consider(ref best, YearLike(i));
        Consider(ref best, Weekday(i));
        Consider(ref best, RelativeDay(i));
        Consider(ref best, DeterminedUnit(i));
        Consider(ref best, Quarter(i));
        Consider(ref best, Season(i));
        Consider(ref best, Clock(i));
        Consider(ref best, Reference(i));
        Consider(ref best, Duration(i));
        Consider(ref best, Recurrence(i));
        Consider(ref best, ArticlePeriod(i));
        if (best is { Value: [_, _, _, _, '-', 'Q', >= '1' and <= '4'] } quarter && int.TryParse(quarter.Value.AsSpan(0, 4), out var year))
        {
            _lastQuarter = (year, quarter.Value[6] - '0', i);
        }

        return best;
    }

    private static void Consider(ref Timex? best, Timex? candidate)
    {
        if (candidate is { } c && (best is null || c.End > best.Value.End))
        {
            best = c;
        }
    }

    /// <summary>Whether "the" before the expression belongs to it ("the third quarter", "the 1990s"), not "the May 12 vote".</summary>
    private bool TakesArticle(Timex inner)
    {
        var first = _t[inner.First];
        if (inner.End > inner.First + 1 && _t[inner.First + 1].IsDash && inner.Type == TimeExpressionType.Duration)
        {
            return false; // "the two-day meeting": the article belongs to the noun.
        }

        if (first.Kind == TokenKind.Number)
        {
            return first.Has(TokenFlags.Decade) || (first.Has(TokenFlags.Ordinal) && inner.Value.Length != 2) || inner.Type == TimeExpressionType.Duration;
        }

        if (inner.Type == TimeExpressionType.Date && inner.Value.Length == 2)
        {
            return false; // "the 20th century": TimeML leaves the article out.
        }

        return first.Lex.Kind is not (LexKind.Month or LexKind.Weekday or LexKind.Today or LexKind.Yesterday or LexKind.Tomorrow
            or LexKind.Tonight or LexKind.Now or LexKind.PresentRef or LexKind.PastRef or LexKind.FutureRef or LexKind.This
            or LexKind.Every or LexKind.SetAdverb or LexKind.Early or LexKind.Late or LexKind.Fiscal);
    }

    // ---- token helpers ----

    private bool At(int j, LexKind kind) => j >= 0 && j < _t.Count && _t[j].Is(kind);

    private bool Symbol(int j, char c) => j >= 0 && j < _t.Count && _t[j].IsSymbol(c);

    private bool Dash(int j) => j >= 0 && j < _t.Count && _t[j].IsDash;

    private bool Adjacent(int a, int b) => b < _t.Count && a >= 0 && _t[a].End == _t[b].Start;

    private ReadOnlySpan<char> WordAt(int j) =>
        j >= 0 && j < _t.Count && _t[j].Kind == TokenKind.Word ? _text.AsSpan(_t[j].Start, _t[j].Length) : [];

    private bool WordIs(int j, string word) => WordAt(j).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool WordIn(int j, ReadOnlySpan<string> words)
    {
        var w = WordAt(j);
        if (w.IsEmpty)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsQuarterLetter(int i) =>
        _t[i].Length == 1 && (_text[_t[i].Start] is 'Q' or 'H') && i + 1 < _t.Count && Adjacent(i, i + 1) && _t[i + 1].IsPlainNumber && _t[i + 1].Value is >= 1 and <= 4;

    /// <summary>"more than", "about", "almost" just before a duration: its TIMEX3 mod (the words stay outside the span).</summary>
    private TimeModifier QuantityBefore(int first)
    {
        if (WordIs(first - 1, "than"))
        {
            return WordIs(first - 2, "more") ? (WordIs(first - 3, "no") ? TimeModifier.EqualOrLess : TimeModifier.MoreThan)
                : WordIs(first - 2, "less") || WordIs(first - 2, "fewer") ? TimeModifier.LessThan : TimeModifier.None;
        }

        if (WordIs(first - 1, "least"))
        {
            return TimeModifier.EqualOrMore;
        }

        if (WordIs(first - 1, "to") && WordIs(first - 2, "up"))
        {
            return TimeModifier.EqualOrLess;
        }

        return WordIn(first - 1, ["over"]) ? TimeModifier.MoreThan
            : WordIn(first - 1, ["under", "almost", "nearly"]) ? TimeModifier.LessThan
            : WordIn(first - 1, ["about", "around", "roughly", "approximately", "some"]) ? TimeModifier.Approx
            : TimeModifier.None;
    }

    /// <summary>The tense of the words nearest to tokens [first, end) within their sentence.</summary>
    private Tense TenseAround(int first, int end)
    {
        var reported = false;
        var closed = false;
        for (var d = 1; d <= TenseWindow; d++)
        {
            var left = first - d;
            if (left >= 0 && !_t[left].Has(TokenFlags.SentenceEnd) && !Crosses(left, first))
            {
                var tense = CueAt(left, d, reported: false);
                if (tense != Tense.None)
                {
                    return tense;
                }
            }

            var right = end - 1 + d;
            // "will return on Wednesday after drivers accepted a deal": past "after" begins another clause, whose verb
            // does not date the expression.
            closed |= right < _t.Count && _t[right].Kind == TokenKind.Word && WordAt(right) is "after" or "before" or "because" or "until" or "since" or "when" or "while";
            if (!closed && right < _t.Count && !Crosses(end - 1, right) && !IsReporting(right))
            {
                var tense = CueAt(right, d, reported);
                if (tense != Tense.None)
                {
                    return tense;
                }
            }

            // Past a reporting verb on the right lies what was said: its modals do not date the expression.
            reported |= right < _t.Count && IsReporting(right);
        }

        return UntilBefore(first) ? Tense.Future : Tense.None;
    }

    /// <summary>
    /// Whether "until" or "till" opens the expression ("until the end of March", "till June"): with no verb to tell the
    /// tense, a time something lasts until is one to come ("can return the heaters until the end of March").
    /// </summary>
    private bool UntilBefore(int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            if (WordIs(k, "until") || WordIs(k, "till"))
            {
                return true;
            }

            if (!WordIn(k, UntilFillers))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] UntilFillers = ["the", "end", "start", "beginning", "middle", "of", "mid", "late", "early"];

    private bool Crosses(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_t[k].Has(TokenFlags.SentenceEnd) && !_t[k].Lex.Abbreviation)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PassiveBefore = ["be", "been", "being", "is", "are", "am", "to", "get", "gets", "will", "would", "'s"];

    // "… on June 24-25, sources said": a reporting verb after the date dates the report, not the event.
    private bool IsReporting(int j) => _t[j].Kind == TokenKind.Word && WordAt(j) is "said" or "told" or "says" or "added" or "reported";

    /// <summary>
    /// The tense the word at <paramref name="j"/> marks, <paramref name="distance"/> tokens from the expression;
    /// <paramref name="reported"/> when a reporting verb stands between them.
    /// </summary>
    private Tense CueAt(int j, int distance, bool reported)
    {
        if (_t[j].Kind != TokenKind.Word)
        {
            return Tense.None;
        }

        if (ModalTense(j, distance, reported) is { } modal)
        {
            return modal;
        }

        if (_t[j].Lex.Kind is not (LexKind.None or LexKind.Ago))
        {
            return Tense.None;
        }

        var word = WordAt(j);
        if (word is "set" && WordIn(j + 1, ["to", "for"]))
        {
            return Tense.Future;
        }

        var tense = TenseCues.Of(word);
        // "is expected", "to be held": a participle, not a past tense.
        return tense == Tense.Past && WordIn(j - 1, PassiveBefore) ? Tense.None : tense;
    }
}
