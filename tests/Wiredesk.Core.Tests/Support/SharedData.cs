namespace Wiredesk.Core.Tests.Support;

/// <summary>
/// Finds the development data that lives beside the repository in <c>../shared</c> (or where <c>WIREDESK_SHARED</c> points).
/// It is never copied into the repository; tests that need it skip, saying so, when it is missing.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Locate();

    public static string Path(params string[] parts)
    {
        Assert.SkipWhen(Root is null, "The shared development data (../shared beside the repository, or WIREDESK_SHARED) is missing; this test needs it.");
        var path = System.IO.Path.Combine([Root!, .. parts]);
        Assert.SkipUnless(File.Exists(path) || Directory.Exists(path), $"{path} is missing from the shared development data; this test needs it.");
        return path;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("WIREDESK_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Wiredesk.slnx")))
            {
                var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
