namespace Wiredesk.Core.Time;

/// <summary>Years, decades and centuries: "2023", "fiscal 1989", "the 1990s", "the '90s", "the 20th century", "year-end".</summary>
internal sealed partial class TimexParser
{
    private static readonly string[] YearCues =
        ["in", "since", "of", "by", "until", "till", "from", "to", "through", "during", "before", "after", "between", "and", "early",
         "late", "mid", "year", "fiscal", "the", "around", "circa", "for", "summer", "winter", "spring", "autumn", "fall", "at", "as", "within"];

    private static readonly string[] NotYearBefore =
        ["no", "number", "flight", "route", "page", "room", "highway", "interstate", "suite", "box", "channel", "model", "article",
         "section", "resolution", "than", "nearly", "approximately", "roughly", "only", "just", "least", "over", "under", "about",
         "almost", "some", "exactly", "total", "totaling", "totalling", "score", "code", "bus", "line", "platform", "gate", "unit", "type", "version"];

    private static readonly string[] NotYearAfter =
        ["people", "police", "staff", "personnel", "feet", "yen", "km", "kg", "mph", "men", "women", "children", "percent", "per", "cent",
         "point", "points", "times", "hours", "minutes", "degrees", "votes", "meters", "metres", "miles", "tons", "tonnes", "acres", "troops", "soldiers",
         "dollars", "euros", "pounds", "shares", "jobs", "homes", "units", "cases", "deaths", "barrels", "words", "pages"];

    private static readonly string[] NotPluralNouns =
        ["was", "is", "has", "as", "this", "thus", "his", "its", "us", "plus", "versus", "less", "across", "unless", "always", "perhaps", "yes", "does", "whereas"];

    private Timex? YearLike(int i)
    {
        var token = _t[i];
        if (token.Kind == TokenKind.Number)
        {
            if (token.Has(TokenFlags.Decade))
            {
                return Decade(i);
            }

            if (Century(i) is { } century)
            {
                return century;
            }

            if (token.Has(TokenFlags.Apostrophe) && token.IsPlainNumber)
            {
                var year = _anchor is { } a && token.Value <= a.Year % 100 ? a.Year / 100 * 100 + token.Value : 1900 + token.Value;
                return WordIn(i - 1, YearCues) ? new Timex(i, i + 1, TimeExpressionType.Date, TimexValues.Year(year)) : null;
            }

            return PlainYear(i) ? YearWithSuffix(i) : null;
        }

        if (token.Is(LexKind.OrdinalWord))
        {
            return Century(i);
        }

        if (token.Is(LexKind.Fiscal))
        {
            var j = i + 1;
            if (At(j, LexKind.Unit) && _t[j].Lex.Value == (int)TimeUnit.Year)
            {
                j++;
            }

            if (YearNumber(j) is { } fiscal)
            {
                return new Timex(i, j + 1, TimeExpressionType.Date, TimexValues.Year(fiscal));
            }
        }

        if (token.Is(LexKind.Unit) && token.Lex.Value == (int)TimeUnit.Year && !token.Has(TokenFlags.Plural) && Dash(i + 1) && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2))
        {
            // "year-end", "year-earlier", "year-ago".
            if (WordIs(i + 2, "end"))
            {
                return _anchor is { } a ? new Timex(i, i + 3, TimeExpressionType.Date, TimexValues.Year(a.Year), TimeModifier.End) : new Timex(i, i + 3, TimeExpressionType.Date, "XXXX", TimeModifier.End);
            }

            if (At(i + 2, LexKind.Earlier) || At(i + 2, LexKind.Ago))
            {
                return new Timex(i, i + 3, TimeExpressionType.Date, YearBefore(i, TimeUnit.Year, 1));
            }
        }

        return null;
    }

    private Timex YearWithSuffix(int i) => new(i, i + 1, TimeExpressionType.Date, TimexValues.Year(_t[i].Value));

    /// <summary>Whether a plain four-digit number reads as a year here: not "1,500 troops", "No. 2023", "$2000", "2000 people".</summary>
    private bool PlainYear(int i)
    {
        var token = _t[i];
        if (!token.IsPlainNumber || token.Length != 4 || token.Value is < 1000 or > 2999)
        {
            return false;
        }

        if (i > 0 && _t[i - 1].Kind == TokenKind.Symbol && _t[i - 1].Value is '$' or '£' or '€' or '#' or '+' or '.' or ',' && Adjacent(i - 1, i))
        {
            return false;
        }

        if (i > 0 && (_t[i - 1].Kind == TokenKind.Number || (_t[i - 1].IsSymbol(':') && Adjacent(i - 1, i))))
        {
            return false;
        }

        if (WordIn(i - 1, NotYearBefore) || (Symbol(i - 1, '.') && WordIn(i - 2, NotYearBefore)))
        {
            return false;
        }

        if (i + 1 < _t.Count)
        {
            var next = _t[i + 1];
            if (next.Kind == TokenKind.Symbol && next.Value is '%' || (next.Kind == TokenKind.Number && !Adjacent(i, i + 1)))
            {
                return false;
            }

            if (WordIn(i + 1, NotYearAfter) || (next.Is(LexKind.Unit) && next.Has(TokenFlags.Plural)))
            {
                return false;
            }

            var after = WordAt(i + 1);
            if (after.Length > 3 && char.IsLower(after[0]) && after[^1] == 's' && after[^2] is not ('s' or 'i' or 'u') && !WordIn(i + 1, NotPluralNouns) && !At(i - 1, LexKind.The))
            {
                return false;
            }
        }

        return token.Value is >= 1900 and <= 2099 || WordIn(i - 1, YearCues) || (Dash(i - 1) && i > 1 && _t[i - 2].IsPlainNumber && _t[i - 2].Length == 4);
    }

    private Timex? Decade(int i)
    {
        var token = _t[i];
        int year;
        if (token.Has(TokenFlags.Apostrophe))
        {
            year = _anchor is { } a && token.Value <= a.Year % 100 - 10 ? a.Year / 100 * 100 + token.Value : 1900 + token.Value;
        }
        else if (token.Length >= 5 && token.Value is >= 1000 and <= 2990)
        {
            year = token.Value;
        }
        else
        {
            return null;
        }

        return new Timex(i, i + 1, TimeExpressionType.Date, TimexValues.Decade(year));
    }

    private Timex? Century(int i)
    {
        var token = _t[i];
        int ordinal;
        if (token.Is(LexKind.OrdinalWord))
        {
            ordinal = token.Lex.Value;
        }
        else if (token.Kind == TokenKind.Number && token.Has(TokenFlags.Ordinal) && token.Value is >= 1 and <= 30)
        {
            ordinal = token.Value;
        }
        else
        {
            return null;
        }

        var j = i + 1;
        if (Dash(j))
        {
            j++;
        }

        return At(j, LexKind.Unit) && _t[j].Lex.Value == (int)TimeUnit.Century && !_t[j].Has(TokenFlags.Plural)
            ? new Timex(i, j + 1, TimeExpressionType.Date, TimexValues.Century(ordinal))
            : null;
    }

    /// <summary>The period <paramref name="count"/> units before the anchor, or before the quarter just talked about ("a year earlier").</summary>
    private string YearBefore(int i, TimeUnit unit, int count)
    {
        if (unit == TimeUnit.Year && _lastQuarter is { } q && i - q.Token < 80)
        {
            return TimexValues.Quarter(q.Year - count, q.Quarter);
        }

        return _anchor is { } anchor ? TimexValues.Shift(anchor, unit, -count) : TimexValues.Unknown(unit);
    }
}
