namespace Wiredesk.Core.Time;

/// <summary>
/// Periods named relative to the anchor or qualified: "next week", "last month", "this year", "last June", "the third
/// quarter", "last summer", "mid-2023", "late on May 12", "the end of the year", and the references "now", "recently".
/// </summary>
internal sealed partial class TimexParser
{
    private static readonly string[] SeasonCues =
        ["in", "this", "last", "next", "the", "early", "late", "mid", "during", "since", "by", "until", "of", "over", "through", "past", "coming", "that"];

    private static int? Offset(LexKind kind) => kind switch
    {
        LexKind.This or LexKind.Current => 0,
        LexKind.Last or LexKind.Past or LexKind.Previous => -1,
        LexKind.Next or LexKind.Coming or LexKind.Following => 1,
        _ => null,
    };

    private Timex? DeterminedUnit(int i)
    {
        if (Offset(_t[i].Lex.Kind) is not { } offset)
        {
            return null;
        }

        var j = i + 1;
        if (At(j, LexKind.Fiscal))
        {
            j++;
        }

        if (j >= _t.Count)
        {
            return null;
        }

        var token = _t[j];
        if (token.Is(LexKind.Unit) && !token.Has(TokenFlags.Plural))
        {
            var unit = (TimeUnit)token.Lex.Value;
            if (unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute)
            {
                return null;
            }

            if (unit == TimeUnit.Decade && offset != 0)
            {
                return new Timex(i, j + 1, TimeExpressionType.Duration, "P10Y");
            }

            var value = _anchor is { } anchor ? TimexValues.Shift(anchor, unit, offset) : TimexValues.Unknown(unit);
            return new Timex(i, j + 1, TimeExpressionType.Date, value);
        }

        if (MonthWord(j) is { } month && _t[i].Lex.Kind is LexKind.Last or LexKind.Next or LexKind.This or LexKind.Past or LexKind.Coming)
        {
            if (_anchor is not { } anchor)
            {
                return new Timex(i, j + 1, TimeExpressionType.Date, $"XXXX-{month:D2}");
            }

            var year = offset switch
            {
                < 0 => month < anchor.Month ? anchor.Year : anchor.Year - 1,
                > 0 => month > anchor.Month ? anchor.Year : anchor.Year + 1,
                _ => anchor.Year,
            };
            return new Timex(i, j + 1, TimeExpressionType.Date, TimexValues.Month(year, month));
        }

        if (token.Is(LexKind.Season))
        {
            return new Timex(i, j + 1, TimeExpressionType.Date, SeasonValue(token.Lex.Value, offset, i, j + 1));
        }

        return null;
    }

    private string SeasonValue(int season, int offset, int first, int end)
    {
        if (_anchor is not { } anchor)
        {
            return "XXXX-" + TimexValues.SeasonCode(season);
        }

        // Spring starts in March, summer in June, autumn in September, winter in December.
        var current = anchor.Month switch { >= 3 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 11 => 3, _ => 4 };
        var year = anchor.Month <= 2 && season == 4 ? anchor.Year - 1 : anchor.Year;
        if (offset < 0 && season >= current)
        {
            year--;
        }
        else if (offset > 0 && season <= current)
        {
            year++;
        }
        else if (offset == 0 && season > current && TenseAround(first, end) == Tense.Past)
        {
            year--;
        }

        return TimexValues.Season(year, season);
    }

    private Timex? Season(int i)
    {
        if (!_t[i].Is(LexKind.Season))
        {
            return null;
        }

        var j = i + 1;
        if (YearNumber(j) is { } year)
        {
            return new Timex(i, j + 1, TimeExpressionType.Date, TimexValues.Season(year, _t[i].Lex.Value));
        }

        if (At(j, LexKind.Of) && YearNumber(j + 1) is { } year2)
        {
            return new Timex(i, j + 2, TimeExpressionType.Date, TimexValues.Season(year2, _t[i].Lex.Value));
        }

        if (!WordIn(i - 1, SeasonCues) || (j < _t.Count && _t[j].Kind == TokenKind.Word && _t[j].Lex.Kind == LexKind.None && char.IsLower(_text[_t[j].Start]) && !TenseCues.Of(WordAt(j)).Equals(Tense.Past)))
        {
            return null;
        }

        return new Timex(i, i + 1, TimeExpressionType.Date, SeasonValue(_t[i].Lex.Value, 0, i, i + 1));
    }

    private Timex? Quarter(int i)
    {
        int ordinal;
        int j;
        var half = false;
        if (IsQuarterLetter(i))
        {
            ordinal = _t[i + 1].Value;
            half = _text[_t[i].Start] == 'H';
            j = i + 2;
        }
        else
        {
            var token = _t[i];
            if (token.Is(LexKind.OrdinalWord))
            {
                ordinal = token.Lex.Value;
            }
            else if (token.Kind == TokenKind.Number && token.Has(TokenFlags.Ordinal))
            {
                ordinal = token.Value;
            }
            else
            {
                return null;
            }

            j = i + 1;
            if (Dash(j) && Adjacent(i, j))
            {
                j++;
            }

            if (At(j, LexKind.Unit) && _t[j].Lex.Value == (int)TimeUnit.Quarter && !_t[j].Has(TokenFlags.Plural) && ordinal <= 4)
            {
                j++;
            }
            else if (At(j, LexKind.Half) && ordinal <= 2)
            {
                half = true;
                j++;
            }
            else
            {
                return null;
            }
        }

        if (ordinal is < 1 or > 4 || (half && ordinal > 2))
        {
            return null;
        }

        int? year = null;
        var end = j;
        var k = At(j, LexKind.Of) ? j + 1 : j;
        if (At(k, LexKind.Fiscal))
        {
            k++;
        }

        if (YearNumber(k) is { } written)
        {
            year = written;
            end = k + 1;
        }
        else if (k > j && DeterminedUnit(k) is { Type: TimeExpressionType.Date } period && period.Value.Length == 4 && int.TryParse(period.Value, out var relative))
        {
            year = relative;
            end = period.End;
        }
        else if (k > j && At(k, LexKind.The) && At(k + 1, LexKind.Unit) && _t[k + 1].Lex.Value == (int)TimeUnit.Year && !_t[k + 1].Has(TokenFlags.Plural))
        {
            year = _anchor?.Year;
            end = k + 2;
        }
        else if (!IsQuarterLetter(i) && InSportsSentence(i))
        {
            // "scored twice in the first half", "led by ten points in the third quarter": a game's, not the year's.
            return null;
        }
        else if (_anchor is { } anchor)
        {
            var current = half ? (anchor.Month <= 6 ? 1 : 2) : TimexValues.QuarterOf(anchor);
            year = ordinal > current && TenseAround(i, j) != Tense.Future ? anchor.Year - 1 : anchor.Year;
        }

        var value = year is { } y
            ? (half ? TimexValues.Half(y, ordinal) : TimexValues.Quarter(y, ordinal))
            : (half ? $"XXXX-H{ordinal}" : $"XXXX-Q{ordinal}");
        return new Timex(i, end, TimeExpressionType.Date, value);
    }

    /// <summary>Words that make "the first half" or "the third quarter" a part of a game.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SportsWords = new HashSet<string>(
        ["scored", "score", "scoring", "goal", "goals", "match", "game", "games", "minute", "kick", "touchdown", "touchdowns",
         "points", "led", "trailed", "lead", "innings", "whistle", "halftime", "half-time", "penalty", "equaliser", "equalizer",
         "striker", "quarterback", "win", "won", "defeat", "draw", "held"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the sentence around token <paramref name="i"/> holds one of <see cref="SportsWords"/>.</summary>
    private bool InSportsSentence(int i)
    {
        var start = i;
        while (start > 0 && !_t[start - 1].Has(TokenFlags.SentenceEnd))
        {
            start--;
        }

        for (var k = start; k < _t.Count; k++)
        {
            if (_t[k].Kind == TokenKind.Word && SportsWords.Contains(WordAt(k)))
            {
                return true;
            }

            if (_t[k].Has(TokenFlags.SentenceEnd))
            {
                break;
            }
        }

        return false;
    }

    private Timex? Modified(int i)
    {
        var token = _t[i];
        TimeModifier mod;
        int j;
        var needsDeterminer = false;
        switch (token.Lex.Kind)
        {
            case LexKind.Early:
                (mod, j) = (TimeModifier.Start, i + 1);
                break;
            case LexKind.Late:
                (mod, j) = (TimeModifier.End, i + 1);
                break;
            case LexKind.Mid:
                (mod, j) = (TimeModifier.Mid, Dash(i + 1) ? i + 2 : i + 1);
                break;
            case LexKind.Earlier:
                (mod, j, needsDeterminer) = (TimeModifier.Start, i + 1, true);
                break;
            case LexKind.Later:
                (mod, j, needsDeterminer) = (TimeModifier.End, i + 1, true);
                break;
            case LexKind.The or LexKind.End or LexKind.Beginning or LexKind.Middle:
                var k = token.Is(LexKind.The) ? i + 1 : i;
                if (!At(k + 1, LexKind.Of) || k >= _t.Count)
                {
                    return null;
                }

                mod = _t[k].Lex.Kind switch
                {
                    LexKind.End => TimeModifier.End,
                    LexKind.Beginning => TimeModifier.Start,
                    LexKind.Middle => TimeModifier.Mid,
                    _ => TimeModifier.None,
                };
                if (mod == TimeModifier.None)
                {
                    return null;
                }

                j = k + 2;
                break;
            default:
                return null;
        }

        if (needsDeterminer && !(At(j, LexKind.This) || At(j, LexKind.Last) || At(j, LexKind.Next)))
        {
            return null;
        }

        if (mod is TimeModifier.Start or TimeModifier.End && !needsDeterminer && (At(j, LexKind.On) || WordIs(j, "in")) && !At(j + 1, LexKind.The))
        {
            j++;
        }

        if (j >= _t.Count)
        {
            return null;
        }

        Timex? inner = null;
        Consider(ref inner, CalendarDate(j));
        Consider(ref inner, YearLike(j));
        Consider(ref inner, DeterminedUnit(j));
        Consider(ref inner, Weekday(j));
        Consider(ref inner, RelativeDay(j));
        Consider(ref inner, Season(j));
        Consider(ref inner, Quarter(j));
        Consider(ref inner, BarePeriod(j));
        if (inner is not { } found || found.Type is TimeExpressionType.Duration or TimeExpressionType.Set)
        {
            return null;
        }

        return found with { First = i, Mod = found.Mod == TimeModifier.None ? mod : found.Mod };
    }

    /// <summary>"the year", "year" after "end of": the anchor's own period.</summary>
    private Timex? BarePeriod(int j)
    {
        var k = At(j, LexKind.The) ? j + 1 : j;
        if (!At(k, LexKind.Unit) || _t[k].Has(TokenFlags.Plural))
        {
            return null;
        }

        var unit = (TimeUnit)_t[k].Lex.Value;
        if (unit is not (TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Day))
        {
            return null;
        }

        var value = _anchor is { } anchor ? TimexValues.Shift(anchor, unit, 0) : TimexValues.Unknown(unit);
        return new Timex(j, k + 1, TimeExpressionType.Date, value);
    }

    private Timex? Reference(int i)
    {
        var token = _t[i];
        switch (token.Lex.Kind)
        {
            case LexKind.Now:
                return Dash(i + 1) && Adjacent(i, i + 1) ? null : new Timex(i, i + 1, TimeExpressionType.Date, "PRESENT_REF");
            case LexKind.PresentRef:
                return new Timex(i, i + 1, TimeExpressionType.Date, "PRESENT_REF");
            case LexKind.PastRef:
                return new Timex(i, i + 1, TimeExpressionType.Date, "PAST_REF");
            case LexKind.FutureRef:
                return new Timex(i, i + 1, TimeExpressionType.Date, "FUTURE_REF");
            case LexKind.The:
                var j = WordIs(i + 1, "near") || WordIs(i + 1, "distant") ? i + 2 : i + 1;
                if (At(j, LexKind.Future))
                {
                    return new Timex(i, j + 1, TimeExpressionType.Date, "FUTURE_REF");
                }

                if (j == i + 1 && (At(j, LexKind.Past) || At(j, LexKind.Present)) && (j + 1 >= _t.Count || _t[j + 1].Kind == TokenKind.Symbol))
                {
                    return new Timex(i, j + 1, TimeExpressionType.Date, At(j, LexKind.Past) ? "PAST_REF" : "PRESENT_REF");
                }

                return null;
            default:
                return null;
        }
    }
}
