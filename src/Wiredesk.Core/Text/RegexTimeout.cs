namespace Wiredesk.Core.Text;

/// <summary>
/// The match timeout every regular expression in Wiredesk carries, so that no input can make one run away (ReDoS).
/// The patterns are written to run in linear time; the timeout is the guarantee. A match that times out throws
/// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>, which the readers and the ingest pipeline
/// report as an error against that input.
/// </summary>
internal static class RegexTimeout
{
    /// <summary>Two seconds: far beyond any real match (microseconds), short enough to bound a hostile one.</summary>
    public const int Milliseconds = 2000;
}
