using System.CommandLine;
using Wiredesk.Cli.Output;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Report;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Commands;

/// <summary><c>wiredesk show &lt;id&gt;</c>: one stored document, its metadata and its paragraphs by kind; or one story.</summary>
internal static class ShowCommand
{
    public static Command Create(CommonOptions options, CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "An article id (for files, the file name without extension) or a story id (s-…)" };
        var command = new Command("show", "Print one stored article (what was found about it, its paragraphs by kind) or one story") { id };
        command.SetAction((parse, cancellationToken) => StoreCommand.WithStoreAsync(parse.GetValue(options.Db)!, console, async store =>
        {
            var wanted = parse.GetValue(id)!;
            var document = await store.GetAsync(wanted, cancellationToken).ConfigureAwait(false);
            if (document is null && store is IStoryStore stories && await stories.StoryAsync(wanted, cancellationToken).ConfigureAwait(false) is { } story)
            {
                if (story.Id != wanted)
                {
                    // On standard error, so that --json output stays one document.
                    await console.Error.WriteLineAsync($"{wanted}: merged into {story.Id}; showing {story.Id}").ConfigureAwait(false);
                }

                var shownStory = await new StoryReporter().ReportAsync(store, story, cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(options.Json))
                {
                    await console.Out.WriteLineAsync(ReportJson.Serialize(shownStory)).ConfigureAwait(false);
                }
                else
                {
                    await StoryPrinter.PrintAsync(shownStory, id => store.GetAsync(id, cancellationToken), console.Out).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }

            if (document is null)
            {
                await console.Error.WriteLineAsync($"{wanted}: error: no article or story with this id in {parse.GetValue(options.Db)}").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            var relations = store is IReuseStore reuse ? await reuse.RelationsOfAsync(document.Id, cancellationToken).ConfigureAwait(false) : [];
            var shares = new List<ReuseReport>();
            foreach (var relation in relations)
            {
                var a = relation.A == document.Id ? document : await store.GetAsync(relation.A, cancellationToken).ConfigureAwait(false);
                if (a is not null)
                {
                    shares.Add(ReportBuilder.ToReport(relation, a.Text));
                }
            }

            if (parse.GetValue(options.Json))
            {
                var shown = ReportBuilder.ToReport(document) with { Shares = shares };
                await console.Out.WriteLineAsync(ReportJson.Serialize(shown)).ConfigureAwait(false);
            }
            else
            {
                await DocumentPrinter.PrintAsync(document, console.Out).ConfigureAwait(false);
                await console.Out.WriteLineAsync().ConfigureAwait(false);
                await console.Out.WriteLineAsync(shares.Count == 0 ? "Shares no text with any stored article." : $"Shares text with {shares.Count} stored article(s):").ConfigureAwait(false);
                foreach (var pair in shares)
                {
                    await ReusePrinter.PrintPairAsync(pair, console.Out).ConfigureAwait(false);
                }
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
