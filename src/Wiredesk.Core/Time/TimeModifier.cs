namespace Wiredesk.Core.Time;

/// <summary>The TIMEX3 <c>mod</c> attribute: how the value is narrowed or bounded.</summary>
public enum TimeModifier
{
    /// <summary>No modifier.</summary>
    None,

    /// <summary>The start of the period: "early 2011", "earlier this year".</summary>
    Start,

    /// <summary>The middle of the period: "mid-2023", "mid-March".</summary>
    Mid,

    /// <summary>The end of the period: "late November", "the end of the year", "late on May 12".</summary>
    End,

    /// <summary>About: "about two weeks", "roughly a year".</summary>
    Approx,

    /// <summary>More than: "more than three years", "over a week".</summary>
    MoreThan,

    /// <summary>Less than: "less than a decade", "almost seven years".</summary>
    LessThan,

    /// <summary>At least: "at least 72 hours".</summary>
    EqualOrMore,

    /// <summary>At most: "up to two years".</summary>
    EqualOrLess,
}
