namespace Wiredesk.Cli.Input;

/// <summary>One input to read: a file, or standard input when <see cref="Path"/> is <c>-</c>.</summary>
/// <param name="Path">The file path as found, or <c>-</c>.</param>
/// <param name="Id">The article id it gives: the file name without extension (or the prefix of its items' ids).</param>
internal sealed record InputFile(string Path, string Id)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => Path == StandardInput;

    public string DisplayName => IsStandardInput ? "stdin" : Path;

    public string? Extension => IsStandardInput ? null : System.IO.Path.GetExtension(Path);
}
