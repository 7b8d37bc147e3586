using System.Globalization;
using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads RFC 822 / RFC 1123 dates as feeds write them: <c>Tue, 13 May 2025 10:00:00 GMT</c>, with or without the weekday
/// and seconds, two- or four-digit years, numeric offsets (<c>+0200</c>) and the named North American zones (<c>EST</c>, <c>PDT</c>).
/// </summary>
internal static partial class Rfc822Date
{
    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Reads <paramref name="text"/> (whitespace already collapsed) as an RFC 822 date.</summary>
    public static bool TryParse(string text, out ParsedDate date)
    {
        date = default;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var month = Array.IndexOf(Months, match.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var yearDigits = match.Groups["y"].Value;
        var year = DateText.Number(yearDigits);
        if (yearDigits.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var monthText = month.ToString(CultureInfo.InvariantCulture);
        if (month == 0 || !DateText.TryDate(year.ToString(CultureInfo.InvariantCulture), monthText, match.Groups["d"].Value, out var day))
        {
            return false;
        }

        if (!match.Groups["h"].Success)
        {
            date = ParsedDate.FromDate(day);
            return true;
        }

        var hour = DateText.Number(match.Groups["h"].Value);
        var minute = DateText.Number(match.Groups["min"].Value);
        var second = match.Groups["s"].Success ? DateText.Number(match.Groups["s"].Value) : 0;
        if (hour > 23 || minute > 59 || second > 60 || !TryZone(match.Groups["z"], out var offset))
        {
            return false;
        }

        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute, Math.Min(second, 59))), offset);
        date = ParsedDate.FromInstant(at);
        return true;
    }

    private static bool TryZone(Group zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (!zone.Success)
        {
            return true;
        }

        if (NamedZones.TryGetValue(zone.Value, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        return DateText.TryOffset(zone.Value, out offset);
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},? )?(?<d>\d{1,2}) (?<mon>[A-Za-z]{3,9})\.? (?<y>\d{4}|\d{2})(?:,? (?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?: (?<z>[A-Za-z]{1,4}|[+-]\d{2}:?\d{2}))?)?$", RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Pattern();
}
