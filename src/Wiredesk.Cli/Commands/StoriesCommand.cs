using System.CommandLine;
using Wiredesk.Cli.Output;
using Wiredesk.Core.Report;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Commands;

/// <summary><c>wiredesk stories</c>: one row per stored story, newest first (with <c>--json</c>, the story objects).</summary>
internal static class StoriesCommand
{
    public static Command Create(CommonOptions options, CliConsole console)
    {
        var limit = new Option<int>("--limit") { Description = "Show at most this many stories", DefaultValueFactory = _ => 50 };
        var command = new Command("stories", "List the stored stories, newest first: one row per event") { limit };
        command.SetAction((parse, cancellationToken) => StoreCommand.WithStoreAsync(parse.GetValue(options.Db)!, console, async store =>
        {
            if (store is not IStoryStore stories)
            {
                return ExitCodes.Ok;
            }

            var shown = (await stories.NewestStoriesAsync(parse.GetValue(limit), cancellationToken).ConfigureAwait(false))
                .Select(ReportBuilder.ToReport)
                .ToList();
            if (parse.GetValue(options.Json))
            {
                await console.Out.WriteLineAsync(ReportJson.Serialize(new AnalysisReport { Documents = [], Stories = shown })).ConfigureAwait(false);
            }
            else
            {
                await StoryPrinter.PrintListAsync(shown, console.Out).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
