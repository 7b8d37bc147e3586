using System.Globalization;

namespace Wiredesk.Core.Time;

/// <summary>
/// Lengths of time and recurrences: "three years", "the past two weeks", "two-day", "48 hours", "several months",
/// "two years ago", "every week", "weekly", "each year", "twice a day".
/// </summary>
internal sealed partial class TimexParser
{
    private static readonly string[] BarePluralCues = ["for", "over", "in", "within", "after", "took", "take", "takes", "lasted", "spent", "than", "by"];

    private Timex? Duration(int i)
    {
        var j = i;
        var qualified = false;
        if (_t[i].Lex.Kind is LexKind.Past or LexKind.Last or LexKind.Next or LexKind.Coming or LexKind.Following or LexKind.Previous or LexKind.Recent
            || (_t[i].Is(LexKind.OrdinalWord) && _t[i].Lex.Value == 1) || WordIs(i, "final") || WordIs(i, "initial"))
        {
            qualified = true;
            j++;
        }

        int? count = null;
        var article = false;
        var bare = false;
        if (At(j, LexKind.Article))
        {
            if (At(j + 1, LexKind.Vague))
            {
                j += 2;
            }
            else if (WordIs(j + 1, "couple") && At(j + 2, LexKind.Of))
            {
                count = 2;
                j += 3;
            }
            else
            {
                article = true;
                count = 1;
                j++;
            }
        }
        else if (At(j, LexKind.Vague))
        {
            j++;
        }
        else if (At(j, LexKind.NumberWord))
        {
            count = _t[j].Lex.Value;
            j++;
            if (Dash(j) && Adjacent(j - 1, j) && At(j + 1, LexKind.NumberWord) && _t[j + 1].Lex.Value < 10 && count >= 20)
            {
                count += _t[j + 1].Lex.Value;
                j += 2;
            }

            if (count == 2 && At(j, LexKind.Of))
            {
                j++;
            }
        }
        else if (j < _t.Count && _t[j].Kind == TokenKind.Number && !_t[j].Has(TokenFlags.Clock | TokenFlags.Ordinal | TokenFlags.Decade | TokenFlags.Apostrophe))
        {
            if (GroupedNumber(j) is not { } n)
            {
                return null;
            }

            count = n;
            j++;
        }
        else if (At(j, LexKind.Unit) && _t[j].Has(TokenFlags.Plural) && (qualified || WordIn(i - 1, BarePluralCues) || At(j + 1, LexKind.Ago)))
        {
            bare = true;
        }
        else
        {
            return null;
        }

        var hyphen = !bare && Dash(j) && Adjacent(j - 1, j) && Adjacent(j, j + 1);
        if (hyphen)
        {
            j++;
        }

        if (!At(j, LexKind.Unit))
        {
            return null;
        }

        var unit = (TimeUnit)_t[j].Lex.Value;
        var plural = _t[j].Has(TokenFlags.Plural);
        if ((article && unit == TimeUnit.Quarter) || (article && plural) || (bare && !plural) || (count is null && !plural))
        {
            return null;
        }

        var end = j + 1;
        if (Dash(end) && Adjacent(end - 1, end) && WordIs(end + 1, "long"))
        {
            end += 2;
        }

        if ((Dash(end) && Adjacent(end - 1, end) && WordIs(end + 1, "old")) || (plural && WordIs(end, "old")))
        {
            return null; // ages ("a 22-year-old", "52 years old") are not time expressions in news.
        }

        if (!qualified && unit is not (TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second) && RelativeTo(end) is { } sign)
        {
            var last = end + 1;
            if (count is not { } n)
            {
                return new Timex(i, last, TimeExpressionType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
            }

            var shiftUnit = unit == TimeUnit.Weekend ? TimeUnit.Week : unit;
            var value = sign < 0 ? YearBefore(i, shiftUnit, n) : _anchor is { } anchor ? TimexValues.Shift(anchor, shiftUnit, n) : TimexValues.Unknown(shiftUnit);
            return new Timex(i, last, TimeExpressionType.Date, value);
        }

        if (article && !qualified && i > 0 && (_t[i - 1].Kind == TokenKind.Number || _t[i - 1].IsSymbol('%') || WordIn(i - 1, ["once", "twice", "times", "percent", "million", "billion", "thousand"])))
        {
            return new Timex(i, end, TimeExpressionType.Set, TimexValues.Duration(1, unit));
        }

        if (unit == TimeUnit.Weekend && count is null)
        {
            return null;
        }

        return new Timex(i, end, TimeExpressionType.Duration, TimexValues.Duration(count, unit));
    }

    /// <summary>-1 for "ago"/"earlier"/"before", +1 for "later"/"from now"/"hence" right after a length of time.</summary>
    private int? RelativeTo(int j)
    {
        if (WordIs(j + 1, "than"))
        {
            return null; // "a month earlier than usual" compares; it does not date.
        }

        if (At(j, LexKind.Ago) || At(j, LexKind.Earlier))
        {
            return -1;
        }

        if (At(j, LexKind.Later) || WordIs(j, "hence"))
        {
            return 1;
        }

        return null;
    }

    private int? GroupedNumber(int j)
    {
        var token = _t[j];
        if (token.Value >= 0)
        {
            return token.Value;
        }

        var text = _text.AsSpan(token.Start, token.Length);
        if (text.Contains('.'))
        {
            return null;
        }

        Span<char> digits = stackalloc char[Math.Min(text.Length, 32)];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
            {
                digits[n++] = c;
            }
        }

        return int.TryParse(digits[..n], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private Timex? Recurrence(int i)
    {
        var token = _t[i];
        if (token.Is(LexKind.SetAdverb))
        {
            var unit = (TimeUnit)token.Lex.Value;
            return new Timex(i, i + 1, TimeExpressionType.Set, unit == TimeUnit.Quarter ? "P3M" : TimexValues.Duration(1, unit));
        }

        if (token.Is(LexKind.Per) && At(i + 1, LexKind.Unit) && !_t[i + 1].Has(TokenFlags.Plural))
        {
            return new Timex(i, i + 2, TimeExpressionType.Set, TimexValues.Duration(1, (TimeUnit)_t[i + 1].Lex.Value));
        }

        if (!token.Is(LexKind.Every))
        {
            return null;
        }

        var j = i + 1;
        var count = 1;
        if (At(j, LexKind.Other))
        {
            count = 2;
            j++;
        }
        else if (At(j, LexKind.NumberWord))
        {
            count = _t[j].Lex.Value;
            j++;
        }
        else if (j < _t.Count && _t[j].IsPlainNumber && _t[j].Value is > 0 and < 1000)
        {
            count = _t[j].Value;
            j++;
        }

        if (j >= _t.Count)
        {
            return null;
        }

        var next = _t[j];
        return next.Lex.Kind switch
        {
            LexKind.Unit when next.Has(TokenFlags.Plural) == (count > 1 && j > i + 1 && !At(i + 1, LexKind.Other)) =>
                new Timex(i, j + 1, TimeExpressionType.Set, TimexValues.Duration(count, (TimeUnit)next.Lex.Value)),
            LexKind.Weekday => new Timex(i, j + 1, TimeExpressionType.Set, $"XXXX-WXX-{next.Lex.Value}"),
            LexKind.PartOfDay => new Timex(i, j + 1, TimeExpressionType.Set, "XXXX-XX-XXT" + TimexValues.PartOfDay(next.Lex.Value)),
            LexKind.Month when next.Has(TokenFlags.Capitalized) => new Timex(i, j + 1, TimeExpressionType.Set, $"XXXX-{next.Lex.Value:D2}"),
            LexKind.Season => new Timex(i, j + 1, TimeExpressionType.Set, "XXXX-" + TimexValues.SeasonCode(next.Lex.Value)),
            _ => null,
        };
    }
}
