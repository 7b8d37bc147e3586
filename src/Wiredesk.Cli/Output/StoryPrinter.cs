using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Report;

namespace Wiredesk.Cli.Output;

/// <summary>Stories as text for a person: one row per story, or one story with its articles in order.</summary>
internal static class StoryPrinter
{
    public static async Task PrintListAsync(IReadOnlyList<StoryReport> stories, TextWriter output)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(stories.Count == 0 ? "Stories: none." : $"Stories: {stories.Count}").ConfigureAwait(false);
        foreach (var story in stories)
        {
            await output.WriteLineAsync($"  {story.Id}  {Days(story)}  {story.Documents.Count} article(s), {story.IndependentSources} independent of {story.SourceCount} outlet(s)  {story.Title}").ConfigureAwait(false);
        }
    }

    public static async Task PrintAsync(StoryReport story, Func<string, Task<Document?>> article, TextWriter output)
    {
        await output.WriteLineAsync($"Story {story.Id}: {story.Title}").ConfigureAwait(false);
        await output.WriteLineAsync($"  {Days(story)}; {story.Documents.Count} article(s) from {story.SourceCount} outlet(s), {story.IndependentSources} independent").ConfigureAwait(false);
        // An article whose outlet is unknown counts as an outlet of its own, with no name to list.
        var unnamed = story.SourceCount - story.Sources.Count;
        var outlets = string.Join(", ", story.Sources) + (unnamed > 0 ? $"{(story.Sources.Count > 0 ? ", and " : "")}{unnamed} of unknown name" : "");
        await output.WriteLineAsync($"  outlets: {outlets}").ConfigureAwait(false);
        var copies = story.Copies.ToHashSet(StringComparer.Ordinal);
        var members = new List<(string Id, Document? Document)>();
        foreach (var id in story.Documents)
        {
            members.Add((id, await article(id).ConfigureAwait(false)));
        }

        // By publication (undated last), whatever order the articles arrived in; the sort is stable.
        foreach (var (id, document) in members.OrderBy(m => m.Document?.PublishedAt ?? (m.Document?.Published is { } d ? new DateTimeOffset(d, TimeOnly.MinValue, TimeSpan.Zero) : DateTimeOffset.MaxValue)))
        {
            var day = document?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "????-??-??";
            var mark = copies.Contains(id) ? " (copy)" : "";
            await output.WriteLineAsync($"  {day}  {id}{mark}  {document?.Source ?? "?"}: {document?.Title ?? "(untitled)"}").ConfigureAwait(false);
        }

        await StoryViewPrinter.PrintAsync(story, id => id, output).ConfigureAwait(false);
        await PrintQuotesAsync(story, output).ConfigureAwait(false);
        if (story.Entities.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Who and what (mentions, documents):").ConfigureAwait(false);
            foreach (var entity in story.Entities.Take(MaxEntities))
            {
                var roles = entity.Roles.Count == 0 ? "" : $" — {string.Join("; ", entity.Roles.Take(3))}";
                var aliases = entity.Aliases.Where(a => a != entity.Name).Take(6).ToList();
                var also = aliases.Count == 0 ? "" : $"  (also: {string.Join(", ", aliases)})";
                await output.WriteLineAsync($"  {entity.Type,-12} {entity.Name}{roles}  {entity.Mentions.Count}, {entity.Documents.Count}{also}").ConfigureAwait(false);
            }
        }
    }

    private const int MaxEntities = 15;

    private const int QuotePreview = 110;

    private static async Task PrintQuotesAsync(StoryReport story, TextWriter output)
    {
        if (story.Quotes.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Who said what (outlets carrying it, independent):").ConfigureAwait(false);
        foreach (var speaker in story.Quotes.GroupBy(q => q.Speaker ?? "(speaker unknown)").OrderByDescending(g => g.Sum(q => q.IndependentOutlets)))
        {
            await output.WriteLineAsync($"  {speaker.Key}").ConfigureAwait(false);
            foreach (var quote in speaker)
            {
                var text = quote.Text.Length > QuotePreview ? quote.Text[..QuotePreview] + "…" : quote.Text;
                var marks = quote.Kind == "direct" ? $"“{text}”" : text;
                await output.WriteLineAsync($"    {marks}  [{quote.Outlets}, {quote.IndependentOutlets}]").ConfigureAwait(false);
            }
        }
    }

    private static string Days(StoryReport story) =>
        (First: story.First?[..10], Last: story.Last?[..10]) switch
        {
            (null, _) => "undated",
            var (first, last) when first == last => first!,
            var (first, last) => $"{first} – {last}",
        };
}
