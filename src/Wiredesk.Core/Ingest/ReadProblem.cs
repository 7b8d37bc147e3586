namespace Wiredesk.Core.Ingest;

/// <summary>Something wrong with an input, naming where it is and what it is.</summary>
/// <param name="Origin">The file (or <c>stdin</c>) the problem is in.</param>
/// <param name="Line">The 1-based line, for line-oriented formats, when known.</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
/// <param name="Severity">Whether the input was skipped or only read with care.</param>
public sealed record ReadProblem(string Origin, int? Line, string Message, ProblemSeverity Severity)
{
    /// <summary>The problem as one line: <c>origin:line: error: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Origin}:{line}" : Origin;
        var level = Severity == ProblemSeverity.Error ? "error" : "warning";
        return $"{where}: {level}: {Message}";
    }
}
