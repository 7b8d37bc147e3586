using System.Diagnostics;
using Wiredesk.Cli.Tests.Support;

namespace Wiredesk.Cli.Tests;

/// <summary>The real wiredesk program in its own process, as a user runs it.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_program_analyzes_the_samples_and_prints_json_on_stdout_only()
    {
        var (exit, output, error) = await RunAsync("analyze", Repository.Samples, "--json", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        Assert.True(CliRun.Json(output).GetProperty("documents").GetArrayLength() >= 10);
    }

    [Fact]
    public async Task The_program_prints_help()
    {
        var (exit, output, _) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("analyze", output);
        Assert.Contains("search", output);
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "wiredesk.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
