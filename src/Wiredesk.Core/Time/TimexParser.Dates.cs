namespace Wiredesk.Core.Time;

/// <summary>Calendar dates: "May 12, 2025", "12 May", "June 24-25", "2025-05-12", "5/12/2025", "March 2022", "August".</summary>
internal sealed partial class TimexParser
{
    private static readonly string[] MonthCues =
        ["in", "since", "until", "till", "by", "from", "through", "to", "during", "early", "late", "mid", "last", "next", "this",
         "of", "before", "after", "between", "and", "or", "end", "beginning", "start", "middle", "around", "throughout", "each", "every"];

    private Timex? CalendarDate(int i)
    {
        if (MonthWord(i) is { } month)
        {
            return MonthFirst(i, month);
        }

        if (DayNumber(i) is { } day)
        {
            return DayFirst(i, day);
        }

        return null;
    }

    private Timex? MonthFirst(int i, int month)
    {
        var j = i + 1;
        if (DayNumber(j) is { } day && !(j + 1 < _t.Count && _t[j + 1].Is(LexKind.Unit)))
        {
            var end = j + 1;
            int? lastDay = null;
            if (Dash(end) && DayNumber(end + 1) is { } to && to > day)
            {
                lastDay = to;
                end += 2;
            }

            int? year = null;
            if (Symbol(end, ',') && YearNumber(end + 1) is { } y1)
            {
                year = y1;
                end += 2;
            }
            else if (YearNumber(end) is { } y2)
            {
                year = y2;
                end++;
            }

            return DayValue(i, end, year, month, day, lastDay);
        }

        if (YearNumber(j) is { } year2)
        {
            return new Timex(i, j + 1, TimeExpressionType.Date, TimexValues.Month(year2, month));
        }

        if ((At(j, LexKind.Of) || Symbol(j, ',')) && YearNumber(j + 1) is { } year3)
        {
            return new Timex(i, j + 2, TimeExpressionType.Date, TimexValues.Month(year3, month));
        }

        return MonthAlone(i) ? new Timex(i, i + 1, TimeExpressionType.Date, MonthValue(i, i + 1, month)) : null;
    }

    private Timex? DayFirst(int i, int day)
    {
        var j = i + 1;
        int? lastDay = null;
        if (Dash(j) && DayNumber(j + 1) is { } to && to > day)
        {
            lastDay = to;
            j += 2;
        }

        if (At(j, LexKind.Of))
        {
            j++;
        }

        if (MonthWord(j) is not { } month)
        {
            return null;
        }

        var end = j + 1;
        int? year = null;
        if (YearNumber(end) is { } y1)
        {
            year = y1;
            end++;
        }
        else if (Symbol(end, ',') && YearNumber(end + 1) is { } y2)
        {
            year = y2;
            end += 2;
        }

        return DayValue(i, end, year, month, day, lastDay);
    }

    private Timex? DayValue(int first, int end, int? year, int month, int day, int? lastDay)
    {
        if (day > DateTime.DaysInMonth(year ?? 2000, month) || (lastDay is { } l && l > DateTime.DaysInMonth(year ?? 2000, month)))
        {
            return null;
        }

        var y = year ?? YearForDay(first, end, month, day);
        string Value(int d) => y is { } known ? TimexValues.Day(known, month, d) : TimexValues.UnknownYearDay(month, d);
        return new Timex(first, end, TimeExpressionType.Date, Value(day), EndValue: lastDay is { } last ? Value(last) : null);
    }

    /// <summary>The year of a day written without one: the anchor's, moved a year back or on when the tense says so.</summary>
    private int? YearForDay(int first, int end, int month, int day)
    {
        if (_anchor is not { } anchor)
        {
            return null;
        }

        if (month == 2 && day == 29 && !DateTime.IsLeapYear(anchor.Year))
        {
            return anchor.Year;
        }

        var date = new DateOnly(anchor.Year, month, day);
        var gap = date.DayNumber - anchor.DayNumber;
        var tense = TenseAround(first, end);
        if (tense == Tense.Past && gap > 31)
        {
            return anchor.Year - 1;
        }

        if (tense == Tense.Future && gap < -31)
        {
            return anchor.Year + 1;
        }

        return Math.Abs(gap) > 240 ? (gap > 0 ? anchor.Year - 1 : anchor.Year + 1) : anchor.Year;
    }

    private string MonthValue(int first, int end, int month)
    {
        if (_anchor is not { } anchor)
        {
            return TimexValues.Month(0, month).Replace("0000", "XXXX", StringComparison.Ordinal);
        }

        var tense = TenseAround(first, end);
        var year = anchor.Year;
        if (tense == Tense.Past && month > anchor.Month + 1)
        {
            year--;
        }
        else if (tense == Tense.Future && month < anchor.Month - 1)
        {
            year++;
        }

        return TimexValues.Month(year, month);
    }

    /// <summary>A month name written as one: capitalised, or an abbreviation with its full stop.</summary>
    private int? MonthWord(int j)
    {
        if (j >= _t.Count || !_t[j].Is(LexKind.Month) || !_t[j].Has(TokenFlags.Capitalized))
        {
            return null;
        }

        if (_t[j].Lex.Abbreviation && _text[_t[j].End - 1] != '.' && !(j + 1 < _t.Count && (_t[j + 1].IsPlainNumber || _t[j + 1].Has(TokenFlags.Ordinal))))
        {
            return null;
        }

        return _t[j].Lex.Value;
    }

    /// <summary>A month name on its own is a date only where a month is expected ("in May", "last March", "August's").</summary>
    private bool MonthAlone(int i)
    {
        var ambiguous = WordIs(i, "may") || WordIs(i, "march") || _t[i].Lex.Abbreviation;
        if (WordIn(i - 1, MonthCues) || (Dash(i - 1) && WordIs(i - 2, "mid")))
        {
            return true;
        }

        return !ambiguous && (i == 0 || !_t[i - 1].Has(TokenFlags.Capitalized) || _t[i - 1].Lex.Kind != LexKind.None);
    }

    private int? DayNumber(int j)
    {
        if (j >= _t.Count || _t[j].Kind != TokenKind.Number)
        {
            return null;
        }

        var token = _t[j];
        var ordinal = token.Has(TokenFlags.Ordinal);
        if (!(token.IsPlainNumber || (ordinal && !token.Has(TokenFlags.Grouped))) || token.Value is < 1 or > 31)
        {
            return null;
        }

        return token.Length <= (ordinal ? 4 : 2) ? token.Value : null;
    }

    /// <summary>A four-digit number that can only be a year here (after a month or day).</summary>
    private int? YearNumber(int j) =>
        j < _t.Count && _t[j].IsPlainNumber && _t[j].Length == 4 && _t[j].Value is >= 1000 and <= 2999 ? _t[j].Value : null;

    /// <summary>"2025-05-12", "5/12/2025", "12/05/25".</summary>
    private Timex? NumericDate(int i)
    {
        if (i + 4 >= _t.Count || !_t[i].IsPlainNumber || !_t[i + 2].IsPlainNumber || !_t[i + 4].IsPlainNumber
            || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4))
        {
            return null;
        }

        int a = _t[i].Value, b = _t[i + 2].Value, c = _t[i + 4].Value;
        if (Dash(i + 1) && Dash(i + 3) && _t[i].Length == 4 && _t[i + 2].Length == 2 && _t[i + 4].Length == 2)
        {
            return ValidDate(a, b, c) ? new Timex(i, i + 5, TimeExpressionType.Date, TimexValues.Day(a, b, c)) : null;
        }

        if (Symbol(i + 1, '/') && Symbol(i + 3, '/') && _t[i + 4].Length is 2 or 4 && _t[i].Length <= 2 && _t[i + 2].Length <= 2)
        {
            var year = _t[i + 4].Length == 4 ? c : (c < 50 ? 2000 + c : 1900 + c);
            var (month, day) = a > 12 ? (b, a) : (a, b);
            return ValidDate(year, month, day) ? new Timex(i, i + 5, TimeExpressionType.Date, TimexValues.Day(year, month, day)) : null;
        }

        return null;
    }

    private static bool ValidDate(int year, int month, int day) =>
        year is >= 1000 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
