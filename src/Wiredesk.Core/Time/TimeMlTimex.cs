using Wiredesk.Core.Text;

namespace Wiredesk.Core.Time;

/// <summary>A TIMEX3 annotation read from a TimeML document.</summary>
/// <param name="Span">Where it is in <see cref="TimeMlDocument.Text"/>.</param>
/// <param name="Text">The characters it covers.</param>
/// <param name="Type">DATE, TIME, DURATION or SET, as written.</param>
/// <param name="Value">The normalised value, as written.</param>
/// <param name="Mod">The <c>mod</c> attribute, if any.</param>
public sealed record TimeMlTimex(TextSpan Span, string Text, string Type, string Value, string? Mod);
