namespace Wiredesk.Core.Ingest;

/// <summary>A publication date read from a container: the date as written, and the instant when a time of day was given.</summary>
/// <param name="Date">The calendar date in the offset the value was written in (never converted to UTC).</param>
/// <param name="At">The instant, when the value had a time of day.</param>
internal readonly record struct ParsedDate(DateOnly Date, DateTimeOffset? At)
{
    /// <summary>A date with a time of day; its date is the local date of the given offset.</summary>
    public static ParsedDate FromInstant(DateTimeOffset at) => new(DateOnly.FromDateTime(at.DateTime), at);

    /// <summary>A date without a time of day.</summary>
    public static ParsedDate FromDate(DateOnly date) => new(date, null);
}
