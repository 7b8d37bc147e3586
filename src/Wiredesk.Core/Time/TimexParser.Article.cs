namespace Wiredesk.Core.Time;

/// <summary>Periods named with the article alone: "the quarter", "the latest quarter", "the year", "the weekend".</summary>
internal sealed partial class TimexParser
{
    private Timex? ArticlePeriod(int i)
    {
        if (!_t[i].Is(LexKind.The))
        {
            return null;
        }

        var j = i + 1;
        var latest = false;
        if (At(j, LexKind.Recent) || (WordIs(j, "most") && At(j + 1, LexKind.Recent)))
        {
            latest = true;
            j += At(j, LexKind.Recent) ? 1 : 2;
        }

        if (At(j, LexKind.Fiscal))
        {
            j++;
        }

        if (!At(j, LexKind.Unit) || _t[j].Has(TokenFlags.Plural) || (j + 1 < _t.Count && (_t[j + 1].IsDash || _t[j + 1].Is(LexKind.Unit))))
        {
            return null;
        }

        switch ((TimeUnit)_t[j].Lex.Value)
        {
            case TimeUnit.Quarter:
                if (_lastQuarter is { } q && i - q.Token < 80)
                {
                    return new Timex(i, j + 1, TimeExpressionType.Date, TimexValues.Quarter(q.Year, q.Quarter));
                }

                return new Timex(i, j + 1, TimeExpressionType.Date, _anchor is { } a ? TimexValues.Shift(a, TimeUnit.Quarter, -1) : "XXXX-QX");
            case TimeUnit.Year when !latest && !At(j + 1, LexKind.Of) && !WordIs(j + 1, "before") && !WordIs(j + 1, "after"):
                return new Timex(i, j + 1, TimeExpressionType.Date, _anchor is { } y ? TimexValues.Year(y.Year) : "XXXX");
            case TimeUnit.Weekend when !latest:
                return new Timex(i, j + 1, TimeExpressionType.Date, WeekendValue(i, j + 1));
            default:
                return null;
        }
    }

    /// <summary>The weekend a past-tense sentence means is the last one; otherwise the next one.</summary>
    private string WeekendValue(int first, int end)
    {
        if (_anchor is not { } anchor)
        {
            return "XXXX-WXX-WE";
        }

        var today = anchor.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)anchor.DayOfWeek;
        var saturday = TenseAround(first, end) == Tense.Past
            ? anchor.AddDays(-((today - 6 + 7) % 7))
            : anchor.AddDays(today == 7 ? -1 : 6 - today);
        return TimexValues.Weekend(saturday);
    }
}
