using System.CommandLine;
using Wiredesk.Cli.Output;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Report;

namespace Wiredesk.Cli.Commands;

/// <summary>
/// <c>wiredesk analyze &lt;paths…&gt;</c>: ingest, run every analysis stage there is, and print the result —
/// with <c>--json</c>, the report documented in docs/report.md.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CommonOptions options, CliConsole console)
    {
        var command = new Command("analyze", "Ingest articles, run every analysis stage and print what was found (--json: the report)")
        {
            options.Paths,
            options.MaxBytes,
            options.Cluster,
            options.MaxFeedBytes,
            options.MaxParagraphs,
        };
        command.SetAction((parse, cancellationToken) => StoreCommand.WithStoreAsync(parse.GetValue(options.Db)!, console, async store =>
        {
            var (run, exit) = await IngestSession.RunAsync(store, parse, options, console, keepDocuments: true, cancellationToken).ConfigureAwait(false);
            if (run is null)
            {
                return exit;
            }

            // One document per id, as stored: a later input with new content under the same id replaced the earlier one.
            var documents = run.Documents.Select(d => d.Document).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            var (relations, stories) = await AnalysisStages.RunAsync(store, documents.Select(d => d.Id).ToList(), parse.GetValue(options.Cluster), console, cancellationToken).ConfigureAwait(false);
            var report = ReportBuilder.Build(documents, relations, run.Problems) with { Stories = await new StoryReporter().ReportAsync(store, stories, cancellationToken).ConfigureAwait(false) };
            if (parse.GetValue(options.Json))
            {
                await console.Out.WriteLineAsync(ReportJson.Serialize(report)).ConfigureAwait(false);
            }
            else
            {
                await DocumentPrinter.PrintSummaryAsync(documents, console.Out).ConfigureAwait(false);
                await ReusePrinter.PrintAsync(report, console.Out).ConfigureAwait(false);
                await StoryPrinter.PrintListAsync(report.Stories, console.Out).ConfigureAwait(false);
                await console.Out.WriteLineAsync($"{Environment.NewLine}{documents.Count} document(s); {run.Errors} input error(s). 'wiredesk show <id>' prints one document or story.").ConfigureAwait(false);
            }

            return exit;
        }, cancellationToken));
        return command;
    }
}
