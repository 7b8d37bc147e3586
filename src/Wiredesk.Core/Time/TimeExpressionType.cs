namespace Wiredesk.Core.Time;

/// <summary>The four TIMEX3 types of TimeML.</summary>
public enum TimeExpressionType
{
    /// <summary>A calendar date or period: "May 12", "last week", "2023", "the 1990s", "now".</summary>
    Date,

    /// <summary>A time of day, or a day with a part of day: "3 p.m.", "tonight", "Friday morning".</summary>
    Time,

    /// <summary>A length of time: "three years", "48 hours", "two-day".</summary>
    Duration,

    /// <summary>A recurrence: "every week", "daily", "each year".</summary>
    Set,
}
