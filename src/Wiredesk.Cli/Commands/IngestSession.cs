using System.CommandLine;
using Wiredesk.Cli.Input;
using Wiredesk.Cluster;
using Wiredesk.Cluster.Hosting;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Commands;

/// <summary>
/// The part of <c>ingest</c> and <c>analyze</c> they share: locate the inputs, read and clean them (here, or with
/// <c>--cluster</c> on the cluster's workers) and store them.
/// </summary>
internal static class IngestSession
{
    public static async Task<(IngestRun? Run, int ExitCode)> RunAsync(IArticleStore store, ParseResult parse, CommonOptions options, CliConsole console, bool keepDocuments, CancellationToken cancellationToken)
    {
        var (files, missing) = InputLocator.Locate(parse.GetValue(options.Paths) ?? []);
        foreach (var path in missing)
        {
            await console.Error.WriteLineAsync($"{path}: error: no such file or folder, or nothing readable in it").ConfigureAwait(false);
        }

        if (files.Count == 0)
        {
            return (null, ExitCodes.NothingRead);
        }

        var limits = options.Limits(parse);
        var pipeline = new IngestPipeline(store, new ArticleCleaner(), limits);
        var keepResults = keepDocuments || parse.GetValue(options.Json);
        IngestRun run;
        if (parse.GetValue(options.Cluster) is { } cluster)
        {
            var client = await ClusterClient.ConnectAsync(ClusterConnection.Parse(cluster), cancellationToken).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                var reading = new ClusterReading(client.Grains, limits);
                run = await new IngestRunner(pipeline, new InputReader(limits), console, keepDocuments, keepResults, reading).RunAsync(files, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            run = await new IngestRunner(pipeline, new InputReader(limits), console, keepDocuments, keepResults).RunAsync(files, cancellationToken).ConfigureAwait(false);
        }

        var exit = run.Stored == 0 ? ExitCodes.NothingRead
            : run.Errors > 0 || missing.Count > 0 ? ExitCodes.SomeInputsFailed
            : ExitCodes.Ok;
        return (run, exit);
    }
}
