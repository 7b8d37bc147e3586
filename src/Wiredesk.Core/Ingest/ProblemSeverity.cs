namespace Wiredesk.Core.Ingest;

/// <summary>How bad a problem with an input is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input was read, but not exactly as given (e.g. decoded as Latin-1, truncated markup).</summary>
    Warning,

    /// <summary>The input, or one item of it, could not be read and was skipped.</summary>
    Error,
}
