namespace Wiredesk.Core.Time;

/// <summary>Days named relative to the anchor: "Wednesday", "last Friday", "this Thursday", "yesterday", "tonight", "Friday morning".</summary>
internal sealed partial class TimexParser
{
    private Timex? Weekday(int i)
    {
        var j = i;
        var direction = LexKind.None;
        if (_t[i].Lex.Kind is LexKind.Last or LexKind.Next or LexKind.This or LexKind.Coming or LexKind.Past)
        {
            direction = _t[i].Lex.Kind;
            j++;
        }

        if (j >= _t.Count || !_t[j].Is(LexKind.Weekday) || (_t[j].Lex.Abbreviation && _text[_t[j].End - 1] != '.'))
        {
            return null;
        }

        var weekday = _t[j].Lex.Value;
        var end = j + 1;

        // "Thursday, May 15" and "Thursday 15 May": the written date wins.
        var dateAt = Symbol(end, ',') ? end + 1 : end;
        if (direction == LexKind.None && CalendarDate(dateAt) is { } written && written.Type == TimeExpressionType.Date && written.Value.Length == 10)
        {
            return written with { First = i };
        }

        var day = WeekdayDate(i, end, weekday, direction);
        var value = day is { } d ? TimexValues.Day(d) : $"XXXX-WXX-{weekday}";
        if (At(end, LexKind.PartOfDay) && !_t[end].Has(TokenFlags.Plural))
        {
            return new Timex(i, end + 1, TimeExpressionType.Time, value + "T" + TimexValues.PartOfDay(_t[end].Lex.Value));
        }

        return new Timex(i, end, TimeExpressionType.Date, value);
    }

    /// <summary>
    /// The day a weekday names: in a past-tense sentence the latest such day up to the anchor, with "will" the next
    /// from the anchor on, otherwise the nearer of the two; "last"/"next" skip the anchor's own day.
    /// </summary>
    private DateOnly? WeekdayDate(int first, int end, int weekday, LexKind direction)
    {
        if (_anchor is not { } anchor)
        {
            return null;
        }

        var today = anchor.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)anchor.DayOfWeek;
        var back = (today - weekday + 7) % 7;
        var forward = (weekday - today + 7) % 7;
        switch (direction)
        {
            case LexKind.Last or LexKind.Past:
                return anchor.AddDays(-(back == 0 ? 7 : back));
            case LexKind.Next or LexKind.Coming:
                return anchor.AddDays(forward == 0 ? 7 : forward);
        }

        // "considered for Thursday", "until Friday": a day still to come.
        if (WordIn(first - 1, ["for", "until", "till"]))
        {
            return anchor.AddDays(forward);
        }

        var tense = TenseAround(first, end);
        if (direction == LexKind.This)
        {
            return tense == Tense.Past ? anchor.AddDays(-back) : anchor.AddDays(forward);
        }

        return tense switch
        {
            Tense.Past => anchor.AddDays(-back),
            Tense.Future => anchor.AddDays(forward),
            _ => forward < back ? anchor.AddDays(forward) : anchor.AddDays(-back),
        };
    }

    private Timex? RelativeDay(int i)
    {
        var token = _t[i];
        int offset;
        var end = i + 1;
        string? part = null;
        switch (token.Lex.Kind)
        {
            case LexKind.Today:
                offset = 0;
                break;
            case LexKind.Yesterday:
                offset = -1;
                break;
            case LexKind.Tomorrow:
                offset = 1;
                break;
            case LexKind.Tonight:
                offset = 0;
                part = "NI";
                break;
            case LexKind.Last when At(i + 1, LexKind.PartOfDay) && _t[i + 1].Lex.Value == 4 && !_t[i + 1].Has(TokenFlags.Plural):
                offset = -1;
                part = "NI";
                end = i + 2;
                break;
            case LexKind.This when At(i + 1, LexKind.PartOfDay) && !_t[i + 1].Has(TokenFlags.Plural):
                offset = 0;
                part = TimexValues.PartOfDay(_t[i + 1].Lex.Value);
                end = i + 2;
                break;
            default:
                return null;
        }

        if (part is null && At(end, LexKind.PartOfDay) && !_t[end].Has(TokenFlags.Plural))
        {
            part = TimexValues.PartOfDay(_t[end].Lex.Value);
            end++;
        }

        var day = _anchor is { } a ? TimexValues.Day(a.AddDays(offset)) : "XXXX-XX-XX";
        return part is null
            ? new Timex(i, end, TimeExpressionType.Date, day)
            : new Timex(i, end, TimeExpressionType.Time, day + "T" + part);
    }
}
