using System.Globalization;

namespace Wiredesk.Core.Ingest;

/// <summary>Turns a feed item into an article: its text and blocks, metadata, stable id and content hash.</summary>
internal static class FeedArticles
{
    /// <summary>The article for <paramref name="item"/>, or <see langword="null"/> (with a warning) when it has neither title nor body.</summary>
    public static RawArticle? From(FeedItem item, FeedItemContext context, List<ReadProblem> problems)
    {
        var title = FeedText.PlainTitle(item.Title);
        var label = title is null
            ? string.Create(CultureInfo.InvariantCulture, $"item {context.Position}")
            : string.Create(CultureInfo.InvariantCulture, $"item {context.Position} (\"{title}\")");
        if (item.Body is null && title is null)
        {
            problems.Add(new ReadProblem(context.Origin, context.Line, $"{label} has neither a title nor a body; skipped", ProblemSeverity.Warning));
            return null;
        }

        string text;
        IReadOnlyList<RawBlock>? blocks;
        try
        {
            (text, blocks) = Body(item, title);
        }
        catch (InvalidDataException ex)
        {
            problems.Add(new ReadProblem(context.Origin, context.Line, $"{label}: {ex.Message}; skipped", ProblemSeverity.Error));
            return null;
        }

        var date = ReadDate(item, label, context, problems);
        return new RawArticle
        {
            Id = FeedItemId.Of(item.Link, title, item.Guid),
            Format = InputFormat.Feed,
            Text = text,
            ContentHash = ContentHash.Of($"{item.Title}\n{item.Link}\n{item.Body}"),
            Origin = string.Create(CultureInfo.InvariantCulture, $"{context.Origin}#{context.Position}"),
            Blocks = blocks,
            Metadata = new ArticleMetadata
            {
                Title = title,
                Url = item.Link,
                Source = context.Source,
                Author = item.Author,
                Language = context.Language,
                PublishedAt = date?.Date.At,
                Published = date?.Date.Date,
                PublishedField = date?.Field,
            },
        };
    }

    /// <summary>The text: an HTML body's blocks, a plain body as it is, else the title alone.</summary>
    private static (string Text, IReadOnlyList<RawBlock>? Blocks) Body(FeedItem item, string? title)
    {
        if (item.Body is { } body)
        {
            if (!item.BodyIsHtml)
            {
                return (FeedText.PlainBody(body), null);
            }

            var extracted = HtmlBlockExtractor.ExtractFragment(body);
            if (!extracted.IsEmpty)
            {
                return (extracted.Text, extracted.Blocks);
            }
        }

        return (title ?? string.Empty, null);
    }

    private static (ParsedDate Date, string Field)? ReadDate(FeedItem item, string label, FeedItemContext context, List<ReadProblem> problems)
    {
        foreach (var (value, field) in item.Dates)
        {
            if (DateText.TryParse(value, out var date))
            {
                return (date, field);
            }

            problems.Add(new ReadProblem(context.Origin, context.Line, $"{label}: cannot read the date \"{value}\" in {field}; left empty", ProblemSeverity.Warning));
        }

        return null;
    }
}
