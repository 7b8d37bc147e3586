using System.Globalization;
using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>
/// Finds full calendar dates (with a year) written in news styles: <c>May 14, 2025</c>, <c>Sept. 3 2025</c>,
/// <c>14 May 2025</c>, <c>2025-05-14</c>. Relative dates are the temporal tagger's business, not this one's.
/// </summary>
internal static partial class DateMentions
{
    public static IEnumerable<DateMention> In(string text, TextSpan within)
    {
        var region = within.Of(text);
        foreach (Match match in FullDate().Matches(region))
        {
            if (TryDate(match) is { } date)
            {
                yield return new DateMention(date, new TextSpan(within.Start + match.Index, match.Length));
            }
        }
    }

    public static DateOnly? ParseIso(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateOnly? TryDate(Match m)
    {
        if (m.Groups["iso"].Success)
        {
            return ParseIso(m.Groups["iso"].Value);
        }

        var monthName = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
        var dayText = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
        var yearText = m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value;
        var month = MonthNumber(monthName);
        if (month == 0
            || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1900 || year > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    public static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        return key.Length < 3 ? 0 : key[..3] switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }

    private const string Month =
        "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    [GeneratedRegex(
        "(?<iso>(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?!\\d))"
        + "|\\b(?<m1>" + Month + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})\\b"
        + "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + Month + "),?\\s+(?<y2>\\d{4})\\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex FullDate();
}
