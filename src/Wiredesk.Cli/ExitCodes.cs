namespace Wiredesk.Cli;

/// <summary>The exit codes of <c>wiredesk</c>, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs could not be read; every other input was stored.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened or written.</summary>
    public const int StoreFailed = 3;

    /// <summary>No input was found at the paths given, or none could be read.</summary>
    public const int NothingRead = 4;

    /// <summary>The article asked for is not in the store, or a search found nothing.</summary>
    public const int NotFound = 5;

    /// <summary>The cluster named by <c>--cluster</c> could not be reached or failed.</summary>
    public const int ClusterFailed = 6;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
