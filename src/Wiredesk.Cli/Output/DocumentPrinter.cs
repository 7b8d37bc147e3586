using System.Globalization;
using Wiredesk.Core.Documents;

namespace Wiredesk.Cli.Output;

/// <summary>Documents as text for a person: a header of what was found, then the paragraphs marked by kind.</summary>
internal static class DocumentPrinter
{
    public static async Task PrintAsync(Document document, TextWriter output)
    {
        await output.WriteLineAsync($"{document.Id}  ({document.Format.ToString().ToLowerInvariant()}, {document.Origin ?? "no origin"})").ConfigureAwait(false);
        await Field("title", document.Title).ConfigureAwait(false);
        await Field("source", document.Source).ConfigureAwait(false);
        await Field("author", document.Author).ConfigureAwait(false);
        await Field("dateline", document.Dateline).ConfigureAwait(false);
        await Field("published", document.Published is { } date
            ? $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (from {document.PublishedFrom.ToString().ToLowerInvariant()})"
            : "unknown").ConfigureAwait(false);
        await Field("url", document.Url).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        foreach (var paragraph in document.Paragraphs)
        {
            var label = paragraph.Kind.ToString().ToLowerInvariant();
            if (paragraph.Rule is { } rule && paragraph.Kind != ParagraphKind.Body)
            {
                label += ":" + rule;
            }

            var text = document.TextOf(paragraph).ReplaceLineEndings(" ⏎ ");
            await output.WriteLineAsync($"[{label}] {text}").ConfigureAwait(false);
            if (paragraph.Embed is { } embed)
            {
                await output.WriteLineAsync($"    posted by {embed.Author ?? "?"} {embed.Handle ?? ""} on {embed.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}").ConfigureAwait(false);
            }
        }

        Task Field(string name, string? value) =>
            value is null ? Task.CompletedTask : output.WriteLineAsync($"  {name,-10} {value}");
    }

    /// <summary>One line per document: id, date and how it was found, counts of paragraphs, title.</summary>
    public static async Task PrintSummaryAsync(IEnumerable<Document> documents, TextWriter output)
    {
        await output.WriteLineAsync($"{"id",-40} {"published",-10} {"from",-9} {"body",4} {"other",5}  title").ConfigureAwait(false);
        foreach (var document in documents)
        {
            var body = document.ParagraphsOf(ParagraphKind.Body).Count();
            var published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
            var from = document.PublishedFrom.ToString().ToLowerInvariant();
            await output.WriteLineAsync($"{Cut(document.Id, 40),-40} {published,-10} {from,-9} {body,4} {document.Paragraphs.Count - body,5}  {document.Title ?? "(no title)"}").ConfigureAwait(false);
        }
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
