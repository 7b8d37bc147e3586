namespace Wiredesk.Core.Text;

/// <summary>
/// How long any regular expression may run on one input before it gives up: text from strangers must not be able to
/// stall a reader with a pattern that backtracks. Every regex in Wiredesk carries this timeout.
/// </summary>
public static class RegexLimits
{
    /// <summary>The match timeout, in milliseconds.</summary>
    public const int TimeoutMilliseconds = 1000;
}
