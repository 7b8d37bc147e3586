using System.Xml.Linq;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed: each item becomes a <see cref="RawArticle"/> of format
/// <see cref="InputFormat.Feed"/>, its HTML body split into blocks like a page's. DTDs are refused and nothing is loaded.
/// </summary>
public static class FeedParser
{
    /// <summary>Reads the feed <paramref name="xml"/>.</summary>
    /// <param name="feedFileId">The feed file's id, used in problems when <paramref name="origin"/> is <see langword="null"/>.</param>
    /// <param name="xml">The feed's XML, already decoded to text.</param>
    /// <param name="origin">Where it came from; each article's origin is <c>{origin}#{n}</c>, n counting items from 1.</param>
    /// <returns>The items in feed order; an error when the input is not XML or not a feed, warnings for unreadable dates and skipped items.</returns>
    public static ReadResult Parse(string feedFileId, string xml, string? origin)
    {
        ArgumentNullException.ThrowIfNull(feedFileId);
        ArgumentNullException.ThrowIfNull(xml);
        var where = origin ?? feedFileId;
        if (string.IsNullOrWhiteSpace(xml))
        {
            return ReadResult.Failed(where, "empty feed");
        }

        var document = FeedXml.TryLoad(xml, out var error, out var errorLine);
        if (document?.Root is not { } root)
        {
            var recovered = error is not null && error.StartsWith("not XML:", StringComparison.Ordinal) && !error.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? FeedRecovery.ItemByItem(xml, where)
                : null;
            if (recovered is not { Items.Count: > 0 } items)
            {
                return ReadResult.Failed(where, error ?? "not XML: no root element", errorLine);
            }

            var warning = new ReadProblem(where, errorLine, $"the feed is {error}; its items were read one by one", ProblemSeverity.Warning);
            var itemByItem = ReadItems(where, items.Items.Select(i => new FeedElement(i.Element, i.Root, i.Position, i.Line)).ToList());
            return new ReadResult(itemByItem.Articles, [warning, .. items.Problems, .. itemByItem.Problems]);
        }

        var kind = root.Name.LocalName;
        if (kind is not ("rss" or "RDF" or "feed"))
        {
            return ReadResult.Failed(where, $"not an RSS or Atom feed (root element <{kind}>)");
        }

        var elements = (kind == "feed" ? root.Elements(root.Name.Namespace + "entry") : RssItems.Items(root))
            .Select((e, i) => new FeedElement(e, root, i + 1, FeedXml.LineOf(e)))
            .ToList();
        return elements.Count == 0
            ? new ReadResult([], [new ReadProblem(where, null, "feed has no items", ProblemSeverity.Warning)])
            : ReadItems(where, elements);
    }

    /// <summary>Reads each item element, with the channel's title and language from the feed they are in.</summary>
    private static ReadResult ReadItems(string where, IReadOnlyList<FeedElement> elements)
    {
        var articles = new List<RawArticle>();
        var problems = new List<ReadProblem>();
        // Items read one by one each have a root of their own, made from the same opening: the channel is the first's.
        var first = elements[0].Root;
        var isAtom = first.Name.LocalName == "feed";
        var channel = isAtom ? first : RssItems.Channel(first);
        var source = FeedText.PlainTitle(isAtom ? AtomEntries.Text(first.Element(first.Name.Namespace + "title")) : FeedText.Value(channel?.Element(channel.Name.Namespace + "title")));
        var language = isAtom ? FeedText.Value(first.Attribute(XNamespace.Xml + "lang")) : RssItems.Language(channel);
        foreach (var (element, root, position, line) in elements)
        {
            var item = isAtom ? AtomEntries.Read(element, root) : RssItems.Read(element);
            var context = new FeedItemContext(where, position, line, source, language);
            if (FeedArticles.From(item, context, problems) is { } article)
            {
                articles.Add(article);
            }
        }

        return new ReadResult(articles, problems);
    }

    /// <summary>An item or entry element, the feed root it was read in, its number in the feed (from 1) and its line.</summary>
    private sealed record FeedElement(XElement Element, XElement Root, int Position, int? Line);
}
