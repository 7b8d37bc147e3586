using System.Globalization;

namespace Wiredesk.Core.Time;

/// <summary>Times of day: "3 p.m.", "10:30 GMT", "noon", "15:00 GMT Saturday", "8 o'clock".</summary>
internal sealed partial class TimexParser
{
    private static readonly string[] ClockCues = ["at", "by", "until", "till", "from", "before", "after", "around", "since", "about", "to"];

    private Timex? Clock(int i)
    {
        var token = _t[i];
        int hour;
        var minute = 0;
        var explicitTime = false;
        if (token.Is(LexKind.Noon) || token.Is(LexKind.Midnight))
        {
            hour = token.Is(LexKind.Noon) ? 12 : 24;
            explicitTime = WordIn(i - 1, ClockCues) || At(i + 1, LexKind.Zone) || At(i + 1, LexKind.Weekday) || At(i + 1, LexKind.On);
        }
        else if (token.Kind == TokenKind.Number && token.Has(TokenFlags.Clock) && !token.Has(TokenFlags.Grouped))
        {
            var text = _text.AsSpan(token.Start, token.Length);
            var colon = text.IndexOf(':');
            if (colon is < 1 or > 2 || text.Length - colon != 3
                || !int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
                || hour > 24 || minute > 59)
            {
                return null;
            }
        }
        else if (token.IsPlainNumber && token.Length <= 2 && token.Value is >= 1 and <= 12
            && (At(i + 1, LexKind.AmPm) || WordIs(i + 1, "am") || WordIs(i + 1, "o'clock") || WordIs(i + 1, "o’clock")))
        {
            hour = token.Value;
        }
        else
        {
            return null;
        }

        var j = i + 1;
        if (At(j, LexKind.AmPm) || WordIs(j, "am"))
        {
            var pm = At(j, LexKind.AmPm) && _t[j].Lex.Value == 12;
            if (hour > 12)
            {
                return null;
            }

            hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            explicitTime = true;
            j++;
        }
        else if (WordIs(j, "o'clock") || WordIs(j, "o’clock"))
        {
            explicitTime = true;
            j++;
        }

        if (At(j, LexKind.Zone))
        {
            explicitTime = true;
            j++;
        }

        if (!explicitTime && !WordIn(i - 1, ClockCues))
        {
            return null;
        }

        string? day = null;
        var k = At(j, LexKind.On) ? j + 1 : j;
        if (k < _t.Count && (_t[k].Is(LexKind.Weekday) || _t[k].Is(LexKind.Today) || _t[k].Is(LexKind.Yesterday) || _t[k].Is(LexKind.Tomorrow)))
        {
            var named = _t[k].Is(LexKind.Weekday) ? Weekday(k) : RelativeDay(k);
            if (named is { Type: TimeExpressionType.Date } date)
            {
                day = date.Value;
                j = date.End;
            }
        }

        day ??= _anchor is { } anchor ? TimexValues.Day(anchor) : "XXXX-XX-XX";
        return new Timex(i, j, TimeExpressionType.Time, day + TimexValues.Clock(hour, minute));
    }
}
