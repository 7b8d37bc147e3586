namespace Wiredesk.Core.Ingest;

/// <summary>Reads decoded input of a known format into raw articles, handing it to the parser for that format.</summary>
public static class ArticleReader
{
    /// <summary>Reads <paramref name="text"/>, whose name gives <paramref name="id"/> (for feeds and JSON Lines, the prefix of item ids).</summary>
    public static ReadResult Read(string id, string text, InputFormat format, string origin) => format switch
    {
        InputFormat.Text => PlainTextParser.Parse(id, text, origin),
        InputFormat.Html => HtmlArticleParser.Parse(id, text, origin),
        InputFormat.Feed => FeedParser.Parse(id, text, origin),
        InputFormat.JsonLines => JsonLinesParser.Parse(id, text, origin),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown input format"),
    };
}
