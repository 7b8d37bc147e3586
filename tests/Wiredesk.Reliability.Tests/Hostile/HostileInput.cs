namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>One generated hostile input: its class (a row of docs/reliability.md), a name, the file extension it is given and its bytes.</summary>
/// <param name="Class">The class of attack or junk it belongs to.</param>
/// <param name="Name">What this one is, unique within the corpus.</param>
/// <param name="Extension">The extension it is stored under (with its dot), which decides the reader the CLI picks.</param>
/// <param name="Bytes">The input's bytes.</param>
public sealed record HostileInput(string Class, string Name, string Extension, byte[] Bytes)
{
    /// <summary>The file name the input is written under.</summary>
    public string FileName => Name + Extension;

    /// <summary>Shown by the test runner for each theory row.</summary>
    public override string ToString() => $"{Class}/{Name}";
}
