using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Cleaning;

public sealed partial class ArticleCleaner
{
    /// <summary>
    /// The publication date, from the best evidence there is: metadata (a meta tag, a feed item, a <c>date</c> line),
    /// then a byline or meta line near the top, the dateline, a photo caption (not a file photo), the latest embedded post.
    /// Never the clock.
    /// </summary>
    private static InferredDate InferPublished(ArticleMetadata metadata, DateMention? dateToken, FoundDateline? dateline, string text, List<WorkBlock> blocks)
    {
        if (metadata.Published is { } published)
        {
            return new InferredDate(published, metadata.PublishedAt, PublishedFrom.Metadata, null);
        }

        if (metadata.PublishedAt is { } at)
        {
            return new InferredDate(DateOnly.FromDateTime(at.DateTime), at, PublishedFrom.Metadata, null);
        }

        if (dateToken is not null)
        {
            return FromText(dateToken, PublishedFrom.Metadata);
        }

        var byline = blocks
            .Take(HeadBlocks * 2)
            .Where(b => b.Kind == ParagraphKind.Boilerplate && b.Rule != "related-link")
            .SelectMany(b => DateMentions.In(text, b.Span))
            .FirstOrDefault();
        if (byline is not null)
        {
            return FromText(byline, PublishedFrom.Byline);
        }

        if (dateline?.Date is { } datelineDate)
        {
            return FromText(datelineDate, PublishedFrom.Dateline);
        }

        var caption = blocks
            .Where(b => b.Kind == ParagraphKind.Caption && !IsFilePhoto(b.Span.Of(text)))
            .SelectMany(b => DateMentions.In(text, b.Span))
            .MaxBy(m => m.Date);
        if (caption is not null)
        {
            return FromText(caption, PublishedFrom.Caption);
        }

        var embed = blocks
            .Where(b => b.Embed?.Date is not null)
            .MaxBy(b => b.Embed!.Date);
        if (embed?.Embed?.Date is { } embedDate)
        {
            return new InferredDate(embedDate, null, PublishedFrom.Embed, null);
        }

        return InferredDate.None;
    }

    private static InferredDate FromText(DateMention mention, PublishedFrom from) => new(mention.Date, null, from, mention.Span);

    private static bool IsFilePhoto(string caption) =>
        caption.Contains("file photo", StringComparison.OrdinalIgnoreCase)
        || caption.Contains("archive", StringComparison.OrdinalIgnoreCase);
}
