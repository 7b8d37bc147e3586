using System.Text.Json;
using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads the article facts from a page's <c>script[type=application/ld+json]</c> blocks: single objects, arrays and
/// <c>@graph</c>s, with <c>{"@id": …}</c> references resolved. Article-typed objects are preferred; broken JSON is ignored.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly string[] ArticleTypes =
        ["Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "LiveBlogPosting", "WebPage"];

    /// <summary>The facts the page's JSON-LD gives about its article.</summary>
    public static JsonLdFacts Read(IDocument document)
    {
        var facts = JsonLdFacts.None;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type")?.Trim();
            if (!string.Equals(type, "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var found = ReadScript(script.TextContent);
            facts = new JsonLdFacts(
                facts.Headline ?? found.Headline,
                facts.DatePublished ?? found.DatePublished,
                facts.Author ?? found.Author,
                facts.Publisher ?? found.Publisher);
        }

        return facts;
    }

    private static JsonLdFacts ReadScript(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var objects = new List<JsonElement>();
            Flatten(document.RootElement, objects);
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var item in objects)
            {
                if (String(item, "@id") is { } id)
                {
                    byId.TryAdd(id, item);
                }
            }

            var ordered = objects.OrderBy(o => IsArticle(o) ? 0 : 1).ToList();
            return new JsonLdFacts(
                First(ordered, o => String(o, "headline")),
                First(ordered, o => String(o, "datePublished")),
                First(ordered, o => o.TryGetProperty("author", out var a) ? Names(a, byId) : null),
                First(ordered, o => o.TryGetProperty("publisher", out var p) ? Names(p, byId) : null));
        }
        catch (JsonException)
        {
            return JsonLdFacts.None;
        }
    }

    private static void Flatten(JsonElement element, List<JsonElement> into)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Flatten(item, into);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            into.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Flatten(graph, into);
            }
        }
    }

    private static bool IsArticle(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString(), StringComparer.OrdinalIgnoreCase),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    /// <summary>A person or organisation's name: a string, an object with <c>name</c>, a reference, or an array of those.</summary>
    private static string? Names(JsonElement value, Dictionary<string, JsonElement> byId)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return Clean(value.GetString());
            case JsonValueKind.Array:
                var names = value.EnumerateArray().Select(v => Names(v, byId)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                return names.Count > 0 ? string.Join(", ", names) : null;
            case JsonValueKind.Object:
                if (String(value, "name") is { } name)
                {
                    return name;
                }

                return String(value, "@id") is { } id && byId.TryGetValue(id, out var target) && String(target, "name") is { } referenced
                    ? referenced
                    : null;
            default:
                return null;
        }
    }

    private static string? First(List<JsonElement> objects, Func<JsonElement, string?> pick) =>
        objects.Select(pick).FirstOrDefault(v => v is not null);

    private static string? String(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? Clean(value.GetString())
            : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
