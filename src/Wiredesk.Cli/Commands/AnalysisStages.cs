using Spectre.Console;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cli.Commands;

/// <summary>
/// Runs every analysis stage over what the store holds and has not analysed yet (so documents ingested earlier with
/// <c>ingest</c> are caught up), with a progress bar on a terminal, then gathers what the stages found about the documents of this run.
/// </summary>
internal static class AnalysisStages
{
    private const int ProgressThreshold = 20;

    public static async Task<(IReadOnlyList<ReuseRelation> Relations, IReadOnlyList<Story> Stories)> RunAsync(IArticleStore store, IReadOnlyCollection<string> ids, string? cluster, CliConsole console, CancellationToken cancellationToken)
    {
        AnalysisStage stage = (description, count, work) => WithProgressAsync(console, count, description, work);
        if (cluster is null)
        {
            await StoreAnalysis.AnalyzePendingAsync(store, stage, cancellationToken, warn: message => console.Error.WriteLine("warning: " + message)).ConfigureAwait(false);
        }
        else
        {
            await ClusterStages.RunAsync(store, cluster, stage, cancellationToken).ConfigureAwait(false);
        }

        var relations = await StoreAnalysis.RelationsOfAsync(store, ids, cancellationToken).ConfigureAwait(false);
        var stories = await StoreAnalysis.StoriesOfAsync(store, ids, cancellationToken).ConfigureAwait(false);
        return (relations, stories);
    }

    // A progress bar on standard error when the console is a terminal and the work is long enough to watch.
    private static async Task WithProgressAsync(CliConsole console, int count, string description, Func<IProgress<int>?, Task> work)
    {
        if (!console.ShowProgress || count <= ProgressThreshold)
        {
            await work(null).ConfigureAwait(false);
            return;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        await terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: count);
                await work(new Progress<int>(done => task.Value = done)).ConfigureAwait(false);
                task.Value = count;
            }).ConfigureAwait(false);
    }
}
