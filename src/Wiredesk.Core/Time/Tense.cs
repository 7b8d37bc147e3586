namespace Wiredesk.Core.Time;

/// <summary>The tense a sentence gives a relative expression: which way "Wednesday" or "August" points from the anchor.</summary>
internal enum Tense
{
    None,
    Past,
    Future,
}
