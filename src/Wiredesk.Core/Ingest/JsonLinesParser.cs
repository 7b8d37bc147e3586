using System.Globalization;
using System.Text.Json;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads JSON Lines: one article object per line. The canonical fields are <c>id</c>, <c>url</c>, <c>source</c>,
/// <c>published</c> (ISO date or date-time), <c>retrieved</c> (when it was fetched), <c>title</c>, <c>author</c>,
/// <c>language</c>, and the body as <c>text</c> (plain) or <c>html</c> (split into blocks like a page). For news-please
/// output, <c>date_publish</c> and <c>date</c> are read as <c>published</c>, <c>date_download</c> as <c>retrieved</c>,
/// <c>body</c> and <c>maintext</c> as <c>text</c>, <c>source_domain</c> as <c>source</c> and <c>authors</c> as
/// <c>author</c>. A bad line is reported with its number and the others are still read.
/// </summary>
public static class JsonLinesParser
{
    /// <summary>Reads every line of <paramref name="content"/>; blank lines are skipped.</summary>
    /// <param name="fileId">The file's id; a line without an <c>id</c> gets <c>{fileId}-{line}</c>.</param>
    /// <param name="content">The whole file.</param>
    /// <param name="origin">Where it came from; problems name it with the line.</param>
    /// <param name="limits">The largest line (one article); <see langword="null"/> for the defaults.</param>
    /// <returns>The articles in file order and a problem for each line that could not be read.</returns>
    public static ReadResult Parse(string fileId, string content, string? origin, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ReadLimits.Default;
        content = WellFormedText.Of(content);
        if (content.Length <= limits.MaxArticleBytes && IsOneJsonObject(content))
        {
            return ParseLine(content, 1, fileId, origin);
        }

        var articles = new List<RawArticle>();
        var problems = new List<ReadProblem>();
        using var reader = new StringReader(content);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var result = IsOverLimit(line, limits.MaxArticleBytes)
                ? LineTooLong(lineNumber, fileId, origin, limits.MaxArticleBytes)
                : ParseLine(line, lineNumber, fileId, origin);
            articles.AddRange(result.Articles);
            problems.AddRange(result.Problems);
        }

        return new ReadResult(articles, problems);
    }

    /// <summary>Whether <paramref name="line"/> holds more than <paramref name="maxBytes"/> bytes of UTF-8.</summary>
    public static bool IsOverLimit(string line, long maxBytes) =>
        line.Length > maxBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(line) > maxBytes;

    /// <summary>The error for a line over the article limit, naming the line.</summary>
    public static ReadResult LineTooLong(int lineNumber, string fileId, string? origin, long maxBytes) =>
        ReadResult.Failed(
            origin ?? fileId,
            string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} is over {ReadLimits.Megabytes(maxBytes)}, the most one article may be (see --max-bytes); skipped"),
            lineNumber);

    /// <summary>A file holding one object, perhaps written over many lines (a news-please record), is one article.</summary>
    private static bool IsOneJsonObject(string content)
    {
        if (!content.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal) || !content.AsSpan().Trim().Contains('\n'))
        {
            return false;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(content);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads one line, so that callers can stream big files; a blank line gives an empty result.</summary>
    /// <param name="line">The line's text.</param>
    /// <param name="lineNumber">Its 1-based number in the file.</param>
    /// <param name="fileId">The file's id; without an <c>id</c> the article is <c>{fileId}-{lineNumber}</c>.</param>
    /// <param name="origin">Where the file came from; the article's origin is <c>{origin}#{lineNumber}</c>.</param>
    /// <returns>One article, or one error naming the line; a warning when <c>published</c> cannot be read.</returns>
    public static ReadResult ParseLine(string line, int lineNumber, string fileId, string? origin)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(fileId);
        var where = origin ?? fileId;
        line = WellFormedText.Of(line);
        if (string.IsNullOrWhiteSpace(line))
        {
            return new ReadResult([], []);
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failed(where, $"line {lineNumber} is JSON but not an object", lineNumber);
            }

            return JsonLineArticle.From(document.RootElement, lineNumber, fileId, where);
        }
        catch (InvalidDataException ex)
        {
            return ReadResult.Failed(where, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {ex.Message}"), lineNumber);
        }
        catch (JsonException ex)
        {
            return ReadResult.Failed(where, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} is not valid JSON: {ex.Message}"), lineNumber);
        }
    }
}
