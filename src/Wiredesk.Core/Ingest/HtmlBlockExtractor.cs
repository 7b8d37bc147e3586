using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Walks an HTML content root in document order and turns it into blocks of text with hints: headings, captions,
/// embedded posts, list items, page furniture and plain paragraphs. Shared by the HTML, feed and JSON Lines readers.
/// </summary>
internal static class HtmlBlockExtractor
{
    private const int BoldHeadingMaxLength = 120;

    /// <summary>The blocks of <paramref name="root"/>; the document should already be cleaned.</summary>
    public static ExtractedText Extract(IElement root)
    {
        var builder = new BlockTextBuilder();
        WalkChildren(root, builder);
        return builder.Build();
    }

    /// <summary>The blocks of an HTML fragment (a feed item's body): the whole fragment is the content root.</summary>
    public static ExtractedText ExtractFragment(string html)
    {
        var document = HtmlDocuments.Parse(html);
        HtmlCleaner.RemoveJunk(document);
        return document.Body is { } body ? Extract(body) : new ExtractedText(string.Empty, []);
    }

    /// <summary>The blocks of HTML that may be a whole page or a fragment: a page gets its content root chosen, a fragment is read whole.</summary>
    public static ExtractedText ExtractPageOrFragment(string html)
    {
        if (!HtmlDocuments.LooksLikePage(html))
        {
            return ExtractFragment(html);
        }

        var document = HtmlDocuments.Parse(html);
        HtmlCleaner.RemoveJunk(document);
        return HtmlContentRoot.Choose(document) is { } root ? Extract(root) : new ExtractedText(string.Empty, []);
    }

    private static void Walk(IElement element, BlockTextBuilder builder)
    {
        if (HtmlMarkers.IsEmbed(element))
        {
            builder.Add(EmbedText(element), BlockHint.Embed);
        }
        else if (HtmlMarkers.NamesBoilerplate(element) && !HtmlContentRoot.LooksLikeProse(element))
        {
            builder.Add(InlineText.Of(element), BlockHint.Boilerplate);
        }
        else if (HtmlMarkers.IsHeading(element))
        {
            builder.Add(InlineText.Of(element), BlockHint.Heading);
        }
        else if (HtmlMarkers.IsCaption(element))
        {
            builder.Add(InlineText.Of(element), BlockHint.Caption);
        }
        else if (element.LocalName == "li")
        {
            WalkListItem(element, builder);
        }
        else if (!HasBlockDescendant(element))
        {
            builder.Add(InlineText.Of(element), IsBoldLine(element) ? BlockHint.Heading : BlockHint.None);
        }
        else
        {
            WalkChildren(element, builder);
        }
    }

    private static void WalkChildren(IElement parent, BlockTextBuilder builder)
    {
        var run = new List<INode>();
        foreach (var child in parent.ChildNodes)
        {
            if (child is IElement element && (HtmlMarkers.IsBlock(element) || HasBlockDescendant(element)))
            {
                FlushRun(run, builder);
                Walk(element, builder);
            }
            else
            {
                run.Add(child);
            }
        }

        FlushRun(run, builder);
    }

    /// <summary>Text flowing between blocks is a block of its own; alone in it, a byline or caption element keeps its hint.</summary>
    private static void FlushRun(List<INode> run, BlockTextBuilder builder)
    {
        if (run.Count == 0)
        {
            return;
        }

        var meaningful = run.Where(n => n is IElement || !string.IsNullOrWhiteSpace(n.TextContent)).ToList();
        var text = new InlineText();
        foreach (var node in run)
        {
            text.Append(node);
        }

        var hint = BlockHint.None;
        if (meaningful is [IElement only])
        {
            hint = HtmlMarkers.NamesBoilerplate(only) ? BlockHint.Boilerplate
                : HtmlMarkers.IsCaption(only) ? BlockHint.Caption
                : BlockHint.None;
        }

        builder.Add(text.ToString(), hint);
        run.Clear();
    }

    private static void WalkListItem(IElement item, BlockTextBuilder builder)
    {
        var text = new InlineText();
        foreach (var child in item.ChildNodes)
        {
            if (child is IElement { LocalName: "ul" or "ol" } list)
            {
                builder.Add(text.ToString(), BlockHint.ListItem);
                text = new InlineText();
                Walk(list, builder);
            }
            else
            {
                text.Append(child);
            }
        }

        builder.Add(text.ToString(), BlockHint.ListItem);
    }

    /// <summary>An embedded post as one block: its paragraphs, then a line break, then the signature line.</summary>
    private static string EmbedText(IElement blockquote)
    {
        var paragraphs = new List<string>();
        var signature = new InlineText();
        CollectEmbed(blockquote, paragraphs, signature);
        var lines = paragraphs.Where(p => p.Length > 0).ToList();
        var sign = signature.ToString();
        if (sign.Length > 0)
        {
            lines.Add(sign);
        }

        return string.Join('\n', lines);
    }

    private static void CollectEmbed(IElement element, List<string> paragraphs, InlineText signature)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "p" } paragraph)
            {
                paragraphs.Add(InlineText.Of(paragraph));
            }
            else if (child is IElement container && container.QuerySelector("p") is not null)
            {
                CollectEmbed(container, paragraphs, signature);
            }
            else
            {
                signature.Append(child);
            }
        }
    }

    private static bool HasBlockDescendant(IElement element) =>
        element.Descendants<IElement>().Any(HtmlMarkers.IsBlock);

    /// <summary>A short paragraph that is all bold and does not end like a sentence: a subheading written as bold text.</summary>
    private static bool IsBoldLine(IElement element)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        var children = element.ChildNodes.Where(n => n is IElement || !string.IsNullOrWhiteSpace(n.TextContent)).ToList();
        if (children is not [IElement { LocalName: "strong" or "b" } bold])
        {
            return false;
        }

        var text = InlineText.Of(bold);
        return text.Length is > 0 and <= BoldHeadingMaxLength && !text.EndsWith('.') && !text.EndsWith('!') && !text.EndsWith('?');
    }
}
