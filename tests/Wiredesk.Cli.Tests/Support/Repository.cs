namespace Wiredesk.Cli.Tests.Support;

/// <summary>Paths in the repository and beside it, found by walking up from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The shared development data (../shared or WIREDESK_SHARED); skips the test, saying so, when missing.</summary>
    public static string Shared(params string[] parts)
    {
        var configured = Environment.GetEnvironmentVariable("WIREDESK_SHARED");
        var root = string.IsNullOrEmpty(configured) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : configured;
        var path = Path.Combine([root, .. parts]);
        Assert.SkipUnless(Directory.Exists(path) || File.Exists(path), $"{path} is missing: this test needs the shared development data beside the repository (or WIREDESK_SHARED).");
        return path;
    }

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
