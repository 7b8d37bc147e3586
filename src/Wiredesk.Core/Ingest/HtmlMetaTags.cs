using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>A page's <c>&lt;meta&gt;</c> tags by <c>property</c>, <c>name</c> and <c>itemprop</c>, matched without regard to case; the first non-empty one wins.</summary>
internal sealed class HtmlMetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gathers the meta tags of <paramref name="document"/>.</summary>
    public HtmlMetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in (string[])["property", "name", "itemprop"])
            {
                if (meta.GetAttribute(attribute)?.Trim() is { Length: > 0 } key)
                {
                    _values.TryAdd($"{attribute}={key}", content);
                }
            }
        }
    }

    /// <summary>The content of <c>meta[property=…]</c>.</summary>
    public string? Property(string property) => Get("property", property);

    /// <summary>The content of <c>meta[name=…]</c>.</summary>
    public string? Name(string name) => Get("name", name);

    /// <summary>The content of <c>meta[itemprop=…]</c>.</summary>
    public string? ItemProp(string itemprop) => Get("itemprop", itemprop);

    /// <summary>The content of <c>meta[property=…]</c> or, as some pages write it, <c>meta[name=…]</c>.</summary>
    public string? PropertyOrName(string key) => Property(key) ?? Name(key);

    private string? Get(string attribute, string key) => _values.GetValueOrDefault($"{attribute}={key}");
}
