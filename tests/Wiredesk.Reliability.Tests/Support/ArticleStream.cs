using System.Globalization;
using System.Text;
using System.Text.Json;
using Wiredesk.Core.Stories;

namespace Wiredesk.Reliability.Tests.Support;

/// <summary>
/// Writes generated articles as JSON Lines files for the process-level tests: short articles about invented events
/// (from <see cref="SyntheticStories"/>, cut to their first paragraphs), every tenth one a lightly edited copy of an
/// earlier one, so that ingest, text reuse and stories all have work. Deterministic for a seed.
/// </summary>
internal static class ArticleStream
{
    /// <summary>Writes articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 into files of <paramref name="perFile"/> lines; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int first, int count, int perFile, int seed = 17)
    {
        Directory.CreateDirectory(folder);
        var stories = new SyntheticStories(seed);
        var paths = new List<string>();
        for (var start = first; start < first + count; start += perFile)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"wire-{start:D6}.jsonl"));
            var lines = new StringBuilder();
            for (var index = start; index < Math.Min(start + perFile, first + count); index++)
            {
                lines.Append(Line(stories, index)).Append('\n');
            }

            File.WriteAllText(path, lines.ToString());
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Writes generated articles (whole, not cut) into one JSON Lines file until it holds <paramref name="megabytes"/> MB; returns the number of lines.</summary>
    public static int WriteLarge(string path, long megabytes, int seed = 23)
    {
        var stories = new SyntheticStories(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var target = megabytes * 1024 * 1024;
        var lines = 0;
        while (writer.BaseStream.Position < target)
        {
            var (document, _) = stories.Article(lines);
            writer.Write(JsonSerializer.Serialize(new
            {
                id = document.Id,
                source = document.Source,
                published = document.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                title = document.Title,
                text = string.Join("\n\n", document.Paragraphs.Select(document.TextOf)),
            }));
            writer.Write('\n');
            lines++;
        }

        return lines;
    }

    private static string Line(SyntheticStories stories, int index)
    {
        var (document, _) = stories.Article(index);
        var body = string.Join("\n\n", document.Paragraphs.Take(2).Select(document.TextOf));
        if (index % 10 == 9)
        {
            // A copy of an article a few places back, with its first sentence reworded: text reuse to find.
            var (original, _) = stories.Article(index - 1 - (index % 7));
            body = "In a report published today, " + string.Join("\n\n", original.Paragraphs.Take(2).Select(original.TextOf));
        }

        return JsonSerializer.Serialize(new
        {
            id = document.Id,
            source = document.Source,
            published = document.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            title = document.Title,
            text = body,
        });
    }
}
