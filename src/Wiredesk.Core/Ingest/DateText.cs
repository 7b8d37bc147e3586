using System.Globalization;
using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads the publication dates containers write: ISO 8601 (<c>2025-05-13</c>, <c>2025-05-13T10:00:00+02:00</c>),
/// RFC 822 (<c>Tue, 13 May 2025 10:00:00 GMT</c>) and the common English forms (<c>May 13, 2025</c>, <c>13 May 2025 10:00</c>).
/// Always with the invariant culture; a time without an offset is taken as UTC.
/// </summary>
internal static partial class DateText
{
    private static readonly string[] DateOnlyFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "MMMM d yyyy", "MMM d yyyy", "dddd, MMMM d, yyyy", "ddd, d MMM yyyy", "dddd, d MMMM yyyy",
    ];

    private static readonly string[] DateTimeFormats =
    [
        "MMMM d, yyyy h:mm tt", "MMM d, yyyy h:mm tt", "MMMM d, yyyy 'at' h:mm tt", "MMM d, yyyy 'at' h:mm tt",
        "MMMM d, yyyy H:mm", "MMM d, yyyy H:mm", "d MMMM yyyy H:mm", "d MMM yyyy H:mm", "d MMMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
        "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyyMMdd'T'HHmmss'Z'", "yyyyMMddHHmmss",
    ];

    /// <summary>Reads <paramref name="value"/> as a date, with or without a time of day.</summary>
    public static bool TryParse(string? value, out ParsedDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = CollapseSpaces(value);
        return TryParseIso(text, out date)
            || Rfc822Date.TryParse(text, out date)
            || TryParseCommon(text, out date);
    }

    private static bool TryParseIso(string text, out ParsedDate date)
    {
        date = default;
        var match = IsoPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (!TryDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out var day))
        {
            return false;
        }

        if (!match.Groups["h"].Success)
        {
            date = ParsedDate.FromDate(day);
            return true;
        }

        var hour = Number(match.Groups["h"].Value);
        var minute = Number(match.Groups["min"].Value);
        var second = match.Groups["s"].Success ? Number(match.Groups["s"].Value) : 0;
        var fraction = match.Groups["f"].Success ? match.Groups["f"].Value : string.Empty;
        var offset = TimeSpan.Zero;
        if (match.Groups["z"].Success && !TryOffset(match.Groups["z"].Value, out offset))
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute, second)), offset);
        if (fraction.Length > 0)
        {
            var ticks = Number(fraction.PadRight(7, '0')[..7]);
            at = at.AddTicks(ticks);
        }

        date = ParsedDate.FromInstant(at);
        return true;
    }

    private static bool TryParseCommon(string text, out ParsedDate date)
    {
        date = default;
        var culture = CultureInfo.InvariantCulture;
        if (DateTime.TryParseExact(text, DateOnlyFormats, culture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            date = ParsedDate.FromDate(DateOnly.FromDateTime(day));
            return true;
        }

        if (DateTime.TryParseExact(text, DateTimeFormats, culture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            date = ParsedDate.FromInstant(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero));
            return true;
        }

        if (!HasYear().IsMatch(text) || !DateTimeOffset.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var any))
        {
            return false;
        }

        date = HasTimeOfDay().IsMatch(text) ? ParsedDate.FromInstant(any) : ParsedDate.FromDate(DateOnly.FromDateTime(any.DateTime));
        return true;
    }

    /// <summary>Reads a numeric offset: <c>Z</c>, <c>+02</c>, <c>+0200</c> or <c>+02:00</c>.</summary>
    internal static bool TryOffset(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is "Z" or "z")
        {
            return true;
        }

        var match = OffsetPattern().Match(zone);
        if (!match.Success)
        {
            return false;
        }

        var hours = Number(match.Groups["h"].Value);
        var minutes = match.Groups["m"].Success ? Number(match.Groups["m"].Value) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (match.Groups["sign"].Value == "-")
        {
            offset = -offset;
        }

        return true;
    }

    /// <summary>Builds a date from year, month and day digits, rejecting impossible ones.</summary>
    internal static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = Number(year);
        var m = Number(month);
        var d = Number(day);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    internal static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string CollapseSpaces(string value) => Whitespace().Replace(value.Trim(), " ");

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d+))?)? ?(?<z>Z|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeout.Milliseconds)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2})(?::?(?<m>\d{2}))?$", RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"\d{1,2}:\d{2}", RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex HasTimeOfDay();

    /// <summary>A four-digit year: without one, the lenient parser would fill the year in from the clock.</summary>
    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex HasYear();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Whitespace();
}
