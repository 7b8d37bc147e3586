namespace Wiredesk.Core.Report;

/// <summary>A problem met while reading the inputs.</summary>
/// <param name="Origin">The file.</param>
/// <param name="Line">The line, for line-oriented formats.</param>
/// <param name="Severity">error or warning.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ProblemReport(string Origin, int? Line, string Severity, string Message);
