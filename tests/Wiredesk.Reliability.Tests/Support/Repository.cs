namespace Wiredesk.Reliability.Tests.Support;

/// <summary>Paths in the repository, found by walking up from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Source => Path.Combine(Root, "src");

    /// <summary>Every C# file under src/, with its path relative to the repository.</summary>
    public static IEnumerable<(string Path, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(Root, p), File.ReadAllText(p)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wiredesk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Wiredesk.slnx not found above " + AppContext.BaseDirectory);
    }
}
