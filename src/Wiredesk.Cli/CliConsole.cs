namespace Wiredesk.Cli;

/// <summary>The streams a command reads and writes, so that tests can run commands in-process.</summary>
/// <param name="Out">Results (JSON with <c>--json</c>).</param>
/// <param name="Error">Problems and progress.</param>
/// <param name="In">Standard input, for the path <c>-</c>.</param>
/// <param name="ShowProgress">Whether a progress bar may be drawn on <see cref="Error"/> (a terminal, not a pipe).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Stream In, bool ShowProgress)
{
    public static CliConsole System() => new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput(),
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);
}
