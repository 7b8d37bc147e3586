using System.CommandLine;
using System.Text.Json;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Commands;

/// <summary><c>wiredesk ingest &lt;paths…&gt;</c>: read, clean and store articles.</summary>
internal static class IngestCommand
{
    public static Command Create(CommonOptions options, CliConsole console)
    {
        var command = new Command("ingest", "Read, clean and store articles: text, HTML, RSS/Atom feeds and JSON Lines")
        {
            options.Paths,
            options.MaxBytes,
            options.Cluster,
            options.MaxFeedBytes,
            options.MaxParagraphs,
        };
        command.SetAction((parse, cancellationToken) => StoreCommand.WithStoreAsync(parse.GetValue(options.Db)!, console, async store =>
        {
            var (run, exit) = await IngestSession.RunAsync(store, parse, options, console, keepDocuments: false, cancellationToken).ConfigureAwait(false);
            if (run is not null)
            {
                await WriteAsync(run, parse.GetValue(options.Json), console).ConfigureAwait(false);
            }

            return exit;
        }, cancellationToken));
        return command;
    }

    private static async Task WriteAsync(Input.IngestRun run, bool json, CliConsole console)
    {
        if (json)
        {
            var payload = new
            {
                files = run.Files,
                added = run.Count(SaveStatus.Added),
                updated = run.Count(SaveStatus.Updated),
                unchanged = run.Count(SaveStatus.Unchanged),
                errors = run.Errors,
                documents = run.Saved.Select(d => new { id = d.Id, status = d.Status.ToString().ToLowerInvariant() }),
                problems = run.Problems.Select(p => new { origin = p.Origin, line = p.Line, severity = p.Severity.ToString().ToLowerInvariant(), message = p.Message }),
            };
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(payload, CliJson.Options)).ConfigureAwait(false);
            return;
        }

        await console.Out.WriteLineAsync(
            $"{run.Files} file(s), {run.Stored} article(s): {run.Count(SaveStatus.Added)} added, {run.Count(SaveStatus.Updated)} updated, " +
            $"{run.Count(SaveStatus.Unchanged)} unchanged; {run.Errors} error(s)").ConfigureAwait(false);
    }
}
