using Wiredesk.Core.Text;

namespace Wiredesk.Core.Time;

/// <summary>
/// A time expression found in a text, normalised to a TIMEX3 value.
/// </summary>
/// <param name="Span">Where the expression is in the original text.</param>
/// <param name="Text">The characters of <paramref name="Span"/>.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">
/// The TIMEX3 value: "2025-05-15", "2025-W20", "2025-Q3", "2025-SU", "199" (the 1990s), "P3Y", "PXY",
/// "2025-05-12TNI", "2025-05-15T15:00", "PRESENT_REF", "PAST_REF", "FUTURE_REF"; with no anchor date,
/// relative expressions stay underspecified ("XXXX-05-12", "XXXX-WXX-3", "XXXX-XX-XX"). For a range this is the first day.
/// </param>
/// <param name="Mod">The TIMEX3 <c>mod</c>, <see cref="TimeModifier.None"/> when there is none.</param>
/// <param name="EndValue">
/// For a range written as one expression ("June 24-25", "14–15 May"), the value of its last day; null otherwise.
/// Ranges whose two ends are complete expressions ("2009-2010") come out as two expressions, as TimeML annotates them.
/// </param>
public sealed record TimeExpression(
    TextSpan Span,
    string Text,
    TimeExpressionType Type,
    string Value,
    TimeModifier Mod = TimeModifier.None,
    string? EndValue = null)
{
    /// <summary>Whether this expression is a range with a first and a last value.</summary>
    public bool IsRange => EndValue is not null;
}
