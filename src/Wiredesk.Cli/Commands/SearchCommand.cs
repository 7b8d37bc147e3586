using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace Wiredesk.Cli.Commands;

/// <summary><c>wiredesk search &lt;query&gt;</c>: full-text search over titles and body paragraphs.</summary>
internal static class SearchCommand
{
    public static Command Create(CommonOptions options, CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "Words to find; FTS5 syntax (\"a phrase\", OR, NOT, prefix*) is understood" };
        var limit = new Option<int>("--limit") { Description = "How many results at most", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search the stored articles' titles and body text") { query, limit };
        command.SetAction((parse, cancellationToken) => StoreCommand.WithStoreAsync(parse.GetValue(options.Db)!, console, async store =>
        {
            var text = parse.GetValue(query)!;
            if (string.IsNullOrWhiteSpace(text))
            {
                await console.Error.WriteLineAsync("search: error: the query is empty").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var hits = await store.SearchAsync(text, Math.Max(1, parse.GetValue(limit)), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(options.Json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(hits, CliJson.Options)).ConfigureAwait(false);
            }
            else
            {
                foreach (var hit in hits)
                {
                    await console.Out.WriteLineAsync($"{hit.Id}  {hit.Title ?? "(no title)"}  [{hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}]").ConfigureAwait(false);
                    await console.Out.WriteLineAsync($"    {hit.Snippet.ReplaceLineEndings(" ")}").ConfigureAwait(false);
                }

                await console.Out.WriteLineAsync($"{hits.Count} result(s)").ConfigureAwait(false);
            }

            return hits.Count > 0 ? ExitCodes.Ok : ExitCodes.NotFound;
        }, cancellationToken));
        return command;
    }
}
