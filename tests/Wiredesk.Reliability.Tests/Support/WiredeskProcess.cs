using System.Diagnostics;

namespace Wiredesk.Reliability.Tests.Support;

/// <summary>
/// Runs the built <c>wiredesk</c> command (the CLI's wiredesk.dll, copied beside the tests) as a child process, so that
/// tests can kill it with SIGKILL or run two at once.
/// </summary>
internal sealed class WiredeskProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private WiredeskProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "wiredesk.dll");

    public static WiredeskProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "1";
        start.Environment["DOTNET_gcServer"] = "0";
        return new WiredeskProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs to the end and gives the exit code and what it printed.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        return await process.WaitAsync(TimeSpan.FromMinutes(10));
    }

    /// <summary>Waits up to <paramref name="delay"/>: <see langword="true"/> when it exited by itself, else it is killed with SIGKILL.</summary>
    public async Task<bool> ExitsWithinOrIsKilledAsync(TimeSpan delay)
    {
        using var timeout = new CancellationTokenSource(delay);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            // Process.Kill sends SIGKILL on Linux and macOS: no handler runs, nothing is flushed or rolled back.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            return false;
        }
    }

    /// <summary>Runs to the end, sampling the peak resident set (VmHWM of /proc) while it runs.</summary>
    public static async Task<(int Exit, string Out, string Error, long PeakBytes)> RunMeasuredAsync(TimeSpan limit, params string[] args)
    {
        using var process = Start(args);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long peak = 0;
        while (!process._process.HasExited && clock.Elapsed < limit)
        {
            peak = Math.Max(peak, process.PeakResidentBytes());
            await Task.Delay(50);
        }

        var (exit, output, error) = await process.WaitAsync(limit);
        return (exit, output, error, peak);
    }

    /// <summary>The peak resident set of the process so far, from /proc (0 where there is none, or once it has gone).</summary>
    public long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The process has gone.
        }

        return 0;
    }

    public async Task<(int Exit, string Out, string Error)> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _output, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
