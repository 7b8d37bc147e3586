using System.CommandLine;
using Wiredesk.Cli.Commands;

namespace Wiredesk.Cli;

/// <summary>The <c>wiredesk</c> command line: its commands, and how a run turns into an exit code.</summary>
internal static class WiredeskCli
{
    public static RootCommand Build(CliConsole console)
    {
        var options = new CommonOptions();
        var root = new RootCommand("Wiredesk turns a stream of news articles into stories a person can trust.")
        {
            options.Db,
            options.Json,
        };
        root.Subcommands.Add(IngestCommand.Create(options, console));
        root.Subcommands.Add(AnalyzeCommand.Create(options, console));
        root.Subcommands.Add(ShowCommand.Create(options, console));
        root.Subcommands.Add(SearchCommand.Create(options, console));
        root.Subcommands.Add(StoriesCommand.Create(options, console));
        root.Subcommands.Add(ServeCommand.Create(options, console));
        root.Subcommands.Add(SiloCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var parse = Build(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"wiredesk: error: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'wiredesk --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("wiredesk: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is Wiredesk.Cluster.Hosting.ClusterUnreachableException or Orleans.Runtime.OrleansException)
        {
            await console.Error.WriteLineAsync($"wiredesk: error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.ClusterFailed;
        }
    }
}
