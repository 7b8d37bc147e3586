using System.Xml.Linq;

namespace Wiredesk.Core.Ingest;

/// <summary>Reads RSS 2.0 <c>item</c>s and RSS 1.0 (RDF) <c>item</c>s.</summary>
internal static class RssItems
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The fields of one item.</summary>
    public static FeedItem Read(XElement item)
    {
        var own = item.Name.Namespace;
        var guid = FeedText.Value(item.Element(own + "guid")) ?? FeedText.Value(item.Attribute(Rdf + "about"));
        var body = FeedText.Value(item.Element(Content + "encoded")) ?? FeedText.Value(item.Element(own + "description"));
        var dates = new List<(string, string)>();
        AddDate(dates, item.Element(own + "pubDate"), "rss pubDate");
        AddDate(dates, item.Element(Dc + "date"), "rss dc:date");
        return new FeedItem
        {
            Title = FeedText.Value(item.Element(own + "title")),
            Link = FeedText.Value(item.Element(own + "link")) ?? PermaLink(item.Element(own + "guid")) ?? AtomLink(item),
            Guid = guid,
            Body = body,
            BodyIsHtml = body is not null && FeedText.LooksLikeHtml(body),
            Author = FeedText.Value(item.Element(Dc + "creator")) ?? FeedText.Value(item.Element(own + "author")),
            Dates = dates,
        };
    }

    /// <summary>The channel element: <c>rss/channel</c> or <c>rdf:RDF/channel</c>.</summary>
    public static XElement? Channel(XElement root) => root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");

    /// <summary>The items: inside the channel for RSS 2.0, beside it for RDF.</summary>
    public static IEnumerable<XElement> Items(XElement root)
    {
        var channel = Channel(root);
        var inChannel = channel?.Elements().Where(e => e.Name.LocalName == "item") ?? [];
        return root.Name.LocalName == "RDF" ? root.Elements().Where(e => e.Name.LocalName == "item") : inChannel;
    }

    /// <summary>The channel's language: <c>language</c> or <c>dc:language</c>.</summary>
    public static string? Language(XElement? channel) =>
        channel is null ? null : FeedText.Value(channel.Element(channel.Name.Namespace + "language")) ?? FeedText.Value(channel.Element(Dc + "language"));

    private static void AddDate(List<(string, string)> dates, XElement? element, string field)
    {
        if (FeedText.Value(element) is { } value)
        {
            dates.Add((value, field));
        }
    }

    private static string? PermaLink(XElement? guid)
    {
        var value = FeedText.Value(guid);
        var isPermaLink = guid?.Attribute("isPermaLink")?.Value;
        return value is not null && !string.Equals(isPermaLink, "false", StringComparison.OrdinalIgnoreCase)
            && value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? value
            : null;
    }

    private static string? AtomLink(XElement item) =>
        item.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .Select(l => FeedText.Value(l.Attribute("href")))
            .FirstOrDefault(h => h is not null);
}
