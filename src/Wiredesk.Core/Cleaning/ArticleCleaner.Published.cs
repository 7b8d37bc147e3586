using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Cleaning;

public sealed partial class ArticleCleaner
{
    /// <summary>
    /// A given publication time this close to the time the article was fetched may be the fetch time itself: an
    /// extractor that found no date in an archived page falls back on the clock (in the fetcher's time zone, hence the
    /// width).
    /// </summary>
    private static readonly TimeSpan FetchTimeWindow = TimeSpan.FromHours(14);

    /// <summary>
    /// How much older than such a date the article's own latest embedded post must be for the post's date to be taken
    /// instead: an article is rarely written a month after every post it quotes, while an archived page fetched years
    /// later carries the fetch time.
    /// </summary>
    private const int StaleFetchDays = 30;

    /// <summary>
    /// The publication date, from the best evidence there is: metadata (a meta tag, a feed item, a <c>date</c> line),
    /// then a byline or meta line near the top, the dateline, a photo caption (not a file photo), the latest embedded post.
    /// Never the clock; and a metadata date that is only the fetch time (<see cref="FetchTimeWindow"/>) gives way to
    /// the latest embedded post when every post is over <see cref="StaleFetchDays"/> days older.
    /// </summary>
    private static InferredDate InferPublished(ArticleMetadata metadata, DateMention? dateToken, FoundDateline? dateline, string text, List<WorkBlock> blocks)
    {
        if (metadata.Published is { } published)
        {
            if (FetchTimeStandIn(metadata, published, blocks) is { } posted)
            {
                return new InferredDate(posted, null, PublishedFrom.Embed, null);
            }

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

    /// <summary>
    /// The latest embedded post's date, when the metadata's publication time lies within <see cref="FetchTimeWindow"/>
    /// of the fetch time and that post is more than <see cref="StaleFetchDays"/> days older than it; else null.
    /// </summary>
    private static DateOnly? FetchTimeStandIn(ArticleMetadata metadata, DateOnly published, List<WorkBlock> blocks)
    {
        if (metadata.PublishedAt is not { } at || metadata.RetrievedAt is not { } fetched || (fetched - at).Duration() > FetchTimeWindow)
        {
            return null;
        }

        var latest = blocks.Select(b => b.Embed?.Date).Max();
        return latest?.DayNumber < published.DayNumber - StaleFetchDays ? latest : null;
    }

    private static InferredDate FromText(DateMention mention, PublishedFrom from) => new(mention.Date, null, from, mention.Span);

    private static bool IsFilePhoto(string caption) =>
        caption.Contains("file photo", StringComparison.OrdinalIgnoreCase)
        || caption.Contains("archive", StringComparison.OrdinalIgnoreCase);
}
