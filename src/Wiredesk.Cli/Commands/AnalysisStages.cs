using Spectre.Console;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cli.Commands;

/// <summary>
/// Runs every analysis stage over what the store holds and has not analysed yet (so documents ingested earlier with
/// <c>ingest</c> are caught up), then gathers what the stages found about the documents of this run.
/// </summary>
internal static class AnalysisStages
{
    private const int ProgressThreshold = 20;

    public static async Task<IReadOnlyList<ReuseRelation>> RunAsync(IArticleStore store, IReadOnlyCollection<string> ids, CliConsole console, CancellationToken cancellationToken)
    {
        if (store is not IReuseStore reuseStore)
        {
            return [];
        }

        var analyzer = new ReuseAnalyzer(reuseStore, ReuseOptions.Default);
        var pending = await reuseStore.PendingReuseAsync(cancellationToken).ConfigureAwait(false);
        await WithProgressAsync(console, pending.Count, $"Finding text reuse in {pending.Count} articles", progress => analyzer.AnalyzePendingAsync(progress, cancellationToken)).ConfigureAwait(false);

        var relations = new Dictionary<(string, string), ReuseRelation>();
        foreach (var id in ids)
        {
            foreach (var relation in await reuseStore.RelationsOfAsync(id, cancellationToken).ConfigureAwait(false))
            {
                relations.TryAdd((relation.A, relation.B), relation);
            }
        }

        return [.. relations.Values];
    }

    /// <summary>Places every pending article in a story and returns the stories that hold any of <paramref name="ids"/>, newest first.</summary>
    public static async Task<IReadOnlyList<Story>> StoriesAsync(IArticleStore store, IReadOnlyCollection<string> ids, CliConsole console, CancellationToken cancellationToken)
    {
        if (store is not IStoryStore storyStore)
        {
            return [];
        }

        var analyzer = new StoryAnalyzer(store, storyStore, store as IReuseStore, StoryOptions.Default);
        var pending = await storyStore.PendingStoriesAsync(cancellationToken).ConfigureAwait(false);
        await WithProgressAsync(console, pending.Count, $"Grouping {pending.Count} articles into stories", progress => analyzer.AnalyzePendingAsync(progress, cancellationToken)).ConfigureAwait(false);

        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return (await storyStore.StoriesAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.Documents.Any(wanted.Contains))
            .ToList();
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
