using System.Globalization;
using System.Text.Json;

namespace Wiredesk.Core.Ingest;

/// <summary>Turns one JSON Lines object into an article, reading the canonical field names first and their aliases after.</summary>
internal static class JsonLineArticle
{
    /// <summary>The article for the object <paramref name="item"/> on line <paramref name="lineNumber"/>.</summary>
    public static ReadResult From(JsonElement item, int lineNumber, string fileId, string where)
    {
        var text = String(item, "text", "body", "maintext");
        var html = text is null ? String(item, "html") : null;
        if (text is null && html is null)
        {
            return ReadResult.Failed(where, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} has neither \"text\" nor \"html\""), lineNumber);
        }

        var (body, blocks) = html is null ? (text!, (IReadOnlyList<RawBlock>?)null) : Html(html);
        if (body.Length == 0)
        {
            return ReadResult.Failed(where, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: no text found in \"html\""), lineNumber);
        }

        var problems = new List<ReadProblem>();
        var publishedValue = String(item, "published", "date_publish", "date");
        ParsedDate? published = null;
        if (publishedValue is not null)
        {
            if (DateText.TryParse(publishedValue, out var date))
            {
                published = date;
            }
            else
            {
                problems.Add(new ReadProblem(where, lineNumber, $"cannot read \"published\": \"{publishedValue}\"; left empty", ProblemSeverity.Warning));
            }
        }

        var retrievedValue = String(item, "retrieved", "date_download");
        DateTimeOffset? retrieved = null;
        if (retrievedValue is not null)
        {
            if (DateText.TryParse(retrievedValue, out var fetched))
            {
                retrieved = fetched.At;
            }
            else
            {
                problems.Add(new ReadProblem(where, lineNumber, $"cannot read \"retrieved\": \"{retrievedValue}\"; left empty", ProblemSeverity.Warning));
            }
        }

        var article = new RawArticle
        {
            Id = String(item, "id") ?? string.Create(CultureInfo.InvariantCulture, $"{fileId}-{lineNumber}"),
            Format = InputFormat.JsonLines,
            Text = body,
            ContentHash = ContentHash.Of(text ?? html!),
            Origin = string.Create(CultureInfo.InvariantCulture, $"{where}#{lineNumber}"),
            Blocks = blocks,
            Metadata = new ArticleMetadata
            {
                Title = String(item, "title"),
                Url = String(item, "url"),
                Source = String(item, "source", "source_domain"),
                Author = Names(item, "author", "authors"),
                Language = String(item, "language"),
                PublishedAt = published?.At,
                Published = published?.Date,
                PublishedField = published is null ? null : "json published",
                RetrievedAt = retrieved,
            },
        };
        return new ReadResult([article], problems);
    }

    private static (string Text, IReadOnlyList<RawBlock>? Blocks) Html(string html)
    {
        var extracted = HtmlBlockExtractor.ExtractPageOrFragment(html);
        return (extracted.Text, extracted.IsEmpty ? null : extracted.Blocks);
    }

    /// <summary>The first of the named properties that is a non-blank string (or a number, for ids), trimmed.</summary>
    private static string? String(JsonElement item, params string[] names)
    {
        foreach (var name in names)
        {
            if (!item.TryGetProperty(name, out var value))
            {
                continue;
            }

            var text = value.ValueKind switch
            {
                JsonValueKind.String => WellFormedText.Of(value.GetString()!),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }
        }

        return null;
    }

    /// <summary>A name or names: a string, or an array of strings joined with a comma.</summary>
    private static string? Names(JsonElement item, params string[] names)
    {
        foreach (var name in names)
        {
            if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                var all = value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => WellFormedText.Of(v.GetString()!).Trim())
                    .Where(v => !string.IsNullOrEmpty(v)).ToList();
                if (all.Count > 0)
                {
                    return string.Join(", ", all);
                }
            }
            else if (String(item, name) is { } single)
            {
                return single;
            }
        }

        return null;
    }
}
