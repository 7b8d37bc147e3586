namespace Wiredesk.Web.Tests.Support;

/// <summary>Paths in the repository, found by walking up from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

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
