using System.Xml.Linq;

namespace Wiredesk.Core.Ingest;

/// <summary>Reads Atom 1.0 <c>entry</c>s.</summary>
internal static class AtomEntries
{
    /// <summary>The fields of one entry; <paramref name="feed"/> gives the author when the entry has none.</summary>
    public static FeedItem Read(XElement entry, XElement feed)
    {
        var atom = entry.Name.Namespace;
        var (body, isHtml) = Content(entry.Element(atom + "content")) ?? Content(entry.Element(atom + "summary")) ?? (null, false);
        var dates = new List<(string, string)>();
        if (FeedText.Value(entry.Element(atom + "published")) is { } published)
        {
            dates.Add((published, "atom published"));
        }

        if (FeedText.Value(entry.Element(atom + "updated")) is { } updated)
        {
            dates.Add((updated, "atom updated"));
        }

        return new FeedItem
        {
            Title = Text(entry.Element(atom + "title")),
            Link = Link(entry),
            Guid = FeedText.Value(entry.Element(atom + "id")),
            Body = body,
            BodyIsHtml = isHtml,
            Author = Authors(entry) ?? Authors(feed),
            Dates = dates,
        };
    }

    /// <summary>A text construct's value; for <c>type="xhtml"</c>, the markup inside its <c>div</c>.</summary>
    public static string? Text(XElement? element) => Content(element)?.Text;

    /// <summary>A content or summary element's text and whether it is HTML (<c>type</c> html or xhtml).</summary>
    private static (string? Text, bool IsHtml)? Content(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        (string? Text, bool IsHtml) content = type switch
        {
            "xhtml" => (InnerXml(element), true),
            "html" or "text/html" => (FeedText.Value(element), true),
            _ => (FeedText.Value(element), false),
        };
        return content.Text is null ? null : content;
    }

    private static string? InnerXml(XElement element)
    {
        var container = element.Elements().FirstOrDefault(e => e.Name.LocalName == "div") ?? element;
        var markup = string.Concat(container.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        return string.IsNullOrWhiteSpace(markup) ? null : markup.Trim();
    }

    private static string? Link(XElement entry)
    {
        var links = entry.Elements(entry.Name.Namespace + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return FeedText.Value(alternate?.Attribute("href"));
    }

    private static string? Authors(XElement parent)
    {
        var atom = parent.Name.Namespace;
        var names = parent.Elements(atom + "author").Select(a => FeedText.Value(a.Element(atom + "name"))).OfType<string>().ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }
}
