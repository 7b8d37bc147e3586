using System.Globalization;

namespace Wiredesk.Storage.Sqlite;

/// <summary>How dates and instants are written as text: <c>yyyy-MM-dd</c> and ISO 8601 round-trip (<c>O</c>), invariant culture.</summary>
internal static class StoredValues
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "O";

    public static string? Of(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Of(DateTimeOffset? instant) => instant?.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string text) => DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture);
}
