using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads decoded input of a known format into raw articles, handing it to the parser for that format, within
/// <see cref="ReadLimits"/>: an input or article over a limit, or one a parser gives up on, is an error naming it,
/// never an exception.
/// </summary>
public static class ArticleReader
{
    /// <summary>Reads <paramref name="text"/>, whose name gives <paramref name="id"/> (for feeds and JSON Lines, the prefix of item ids), within the default limits.</summary>
    public static ReadResult Read(string id, string text, InputFormat format, string origin) => Read(id, text, format, origin, ReadLimits.Default);

    /// <summary>Reads <paramref name="text"/> within <paramref name="limits"/>.</summary>
    public static ReadResult Read(string id, string text, InputFormat format, string origin, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var where = origin ?? id;
        if (TooBig(text, format, limits) is { } refusal)
        {
            return ReadResult.Failed(where, refusal);
        }

        text = WellFormedText.Of(text);
        ReadResult result;
        try
        {
            result = format switch
            {
                InputFormat.Text => PlainTextParser.Parse(id, text, origin),
                InputFormat.Html => HtmlArticleParser.Parse(id, text, origin),
                InputFormat.Feed => FeedParser.Parse(id, text, origin),
                InputFormat.JsonLines => JsonLinesParser.Parse(id, text, origin, limits),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown input format"),
            };
        }
        catch (InvalidDataException ex)
        {
            return ReadResult.Failed(where, ex.Message);
        }
        catch (Exception ex) when (ex is RegexMatchTimeoutException or InsufficientExecutionStackException)
        {
            return ReadResult.Failed(where, $"the input could not be read in bounded time or depth ({ex.GetType().Name}); it is probably malformed or hostile");
        }

        return WithinLimits(result, limits, where);
    }

    private static string? TooBig(string text, InputFormat format, ReadLimits limits)
    {
        // A string of n characters takes at most 3n bytes of UTF-8: no need to count the bytes of a short one.
        // JSON Lines are limited line by line.
        var (limit, what, option) = format == InputFormat.Feed
            ? (limits.MaxFeedBytes, "feed", "--max-feed-bytes")
            : (limits.MaxArticleBytes, "article", "--max-bytes");
        if (format == InputFormat.JsonLines || text.Length <= limit / 3)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        return bytes > limit
            ? $"the {what} is {ReadLimits.Megabytes(bytes)}; one {what} may be at most {ReadLimits.Megabytes(limit)} (see {option})"
            : null;
    }

    /// <summary>Drops each article of <paramref name="result"/> over the article or paragraph limit, with an error naming it (or <paramref name="where"/>).</summary>
    public static ReadResult WithinLimits(ReadResult result, ReadLimits limits, string where)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(limits);
        List<ReadProblem>? problems = null;
        var kept = new List<RawArticle>(result.Articles.Count);
        foreach (var article in result.Articles)
        {
            if (Refusal(article, limits) is { } refusal)
            {
                problems ??= [.. result.Problems];
                problems.Add(new ReadProblem(article.Origin ?? where, null, $"article '{article.Id}' {refusal}; skipped", ProblemSeverity.Error));
            }
            else
            {
                kept.Add(article);
            }
        }

        return problems is null ? result : new ReadResult(kept, problems);
    }

    private static string? Refusal(RawArticle article, ReadLimits limits)
    {
        if (article.Blocks is { } blocks && blocks.Count > limits.MaxParagraphs)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has {blocks.Count} paragraphs; an article may have at most {limits.MaxParagraphs} (see --max-paragraphs)");
        }

        if (article.Text.Length > limits.MaxArticleBytes / 3 && Encoding.UTF8.GetByteCount(article.Text) is var bytes && bytes > limits.MaxArticleBytes)
        {
            return $"is {ReadLimits.Megabytes(bytes)} of text; an article may be at most {ReadLimits.Megabytes(limits.MaxArticleBytes)} (see --max-bytes)";
        }

        return null;
    }
}
