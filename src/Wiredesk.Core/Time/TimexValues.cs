using System.Globalization;

namespace Wiredesk.Core.Time;

/// <summary>Spells TIMEX3 values and does the calendar arithmetic behind relative expressions.</summary>
internal static class TimexValues
{
    private static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];
    private static readonly string[] PartCodes = ["", "MO", "AF", "EV", "NI"];

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Year(year)}-{month:D2}-{day:D2}");

    public static string UnknownYearDay(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}");

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{Year(year)}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{Year(ISOWeek.GetYear(date))}-W{ISOWeek.GetWeekOfYear(date):D2}");
    }

    public static string Weekend(DateOnly day) => Week(day) + "-WE";

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{Year(year)}-Q{quarter}");

    public static string Half(int year, int half) => string.Create(CultureInfo.InvariantCulture, $"{Year(year)}-H{half}");

    public static string Season(int year, int season) => $"{Year(year)}-{SeasonCodes[season]}";

    public static string SeasonCode(int season) => SeasonCodes[season];

    public static string PartOfDay(int part) => PartCodes[part];

    public static string Decade(int year) => (year / 10).ToString(CultureInfo.InvariantCulture);

    public static string Century(int ordinal) => (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture);

    public static int QuarterOf(DateOnly day) => (day.Month - 1) / 3 + 1;

    public static string Clock(int hour, int minute) => string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");

    /// <summary>A duration value: P3Y, P2W, PT48H, PXM when the count is vague (null).</summary>
    public static string Duration(int? count, TimeUnit unit)
    {
        var n = count?.ToString(CultureInfo.InvariantCulture) ?? "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Weekend => count is null ? "PXWE" : $"P{count * 2}D",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => count is null ? "PXQ" : $"P{count * 3}M",
            TimeUnit.Year => $"P{n}Y",
            TimeUnit.Decade => count is null ? "PXDE" : $"P{count * 10}Y",
            TimeUnit.Century => count is null ? "PXCE" : $"P{count * 100}Y",
            _ => $"P{n}D",
        };
    }

    /// <summary>The period of <paramref name="unit"/> containing <paramref name="day"/> moved by <paramref name="offset"/> units.</summary>
    public static string Shift(DateOnly day, TimeUnit unit, int offset) => unit switch
    {
        TimeUnit.Day => Day(day.AddDays(offset)),
        TimeUnit.Week => Week(day.AddDays(7 * offset)),
        TimeUnit.Weekend => Weekend(day.AddDays(7 * offset)),
        TimeUnit.Month => MonthOf(day.AddMonths(offset)),
        TimeUnit.Quarter => QuarterValue(day.AddMonths(3 * offset)),
        TimeUnit.Year => Year(day.Year + offset),
        TimeUnit.Decade => Decade(day.Year + 10 * offset),
        TimeUnit.Century => (day.Year / 100 + offset).ToString("D2", CultureInfo.InvariantCulture),
        _ => Day(day),
    };

    /// <summary>The underspecified value of a period of <paramref name="unit"/> when there is no anchor date.</summary>
    public static string Unknown(TimeUnit unit) => unit switch
    {
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Year => "XXXX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        _ => "XXXX-XX-XX",
    };

    private static string MonthOf(DateOnly day) => Month(day.Year, day.Month);

    private static string QuarterValue(DateOnly day) => Quarter(day.Year, QuarterOf(day));
}
