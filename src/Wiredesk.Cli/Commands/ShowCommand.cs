using System.CommandLine;
using Wiredesk.Cli.Output;
using Wiredesk.Core.Report;

namespace Wiredesk.Cli.Commands;

/// <summary><c>wiredesk show &lt;id&gt;</c>: one stored document, its metadata and its paragraphs by kind.</summary>
internal static class ShowCommand
{
    public static Command Create(CommonOptions options, CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The article id (for files, the file name without extension)" };
        var command = new Command("show", "Print one stored article: what was found about it and its paragraphs by kind") { id };
        command.SetAction((parse, cancellationToken) => StoreCommand.WithStoreAsync(parse.GetValue(options.Db)!, console, async store =>
        {
            var wanted = parse.GetValue(id)!;
            var document = await store.GetAsync(wanted, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                await console.Error.WriteLineAsync($"{wanted}: error: no article with this id in {parse.GetValue(options.Db)}").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(options.Json))
            {
                await console.Out.WriteLineAsync(ReportJson.Serialize(ReportBuilder.ToReport(document))).ConfigureAwait(false);
            }
            else
            {
                await DocumentPrinter.PrintAsync(document, console.Out).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
