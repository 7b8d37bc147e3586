using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Wiredesk.Storage.Contract.Support;

/// <summary>Runs the built <c>wiredesk</c> command as a child process, as a user's second terminal would.</summary>
internal static class CliProcess
{
    /// <summary>Starts <c>wiredesk</c> with <paramref name="args"/>; the task ends with its exit code and what it printed.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "wiredesk.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the test project must reference the command-line project.");
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    // The host running these tests, else the one beside the runtime, else whatever "dotnet" is on the PATH.
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var beside = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(beside) ? beside : "dotnet";
    }
}
