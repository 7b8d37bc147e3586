namespace Wiredesk.Core.Time;

/// <summary>The TimeML spelling of a <see cref="TimeModifier"/>.</summary>
public static class TimeModifiers
{
    /// <summary>The TIMEX3 <c>mod</c> value (<c>START</c>, <c>MORE_THAN</c>, ...), or null for <see cref="TimeModifier.None"/>.</summary>
    public static string? ToTimeMl(this TimeModifier modifier) => modifier switch
    {
        TimeModifier.Start => "START",
        TimeModifier.Mid => "MID",
        TimeModifier.End => "END",
        TimeModifier.Approx => "APPROX",
        TimeModifier.MoreThan => "MORE_THAN",
        TimeModifier.LessThan => "LESS_THAN",
        TimeModifier.EqualOrMore => "EQUAL_OR_MORE",
        TimeModifier.EqualOrLess => "EQUAL_OR_LESS",
        _ => null,
    };
}
