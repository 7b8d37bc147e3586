using Microsoft.Data.Sqlite;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Storage.Sqlite;

/// <summary>Rebuilds documents from rows of <c>articles</c> and <c>paragraphs</c>.</summary>
internal static class DocumentReader
{
    /// <summary>The <c>articles</c> columns <see cref="ReadArticle"/> expects, in order.</summary>
    public const string ArticleColumns = """
        content_hash, id, format, origin, url, source, author, language,
        title, title_start, title_length, dateline, dateline_start, dateline_length,
        published, published_at, published_from, published_start, published_length, text
        """;

    /// <summary>Selects an article's paragraphs in order, by <c>$hash</c>.</summary>
    public const string ParagraphsSql = """
        SELECT kind, start, length, rule, embed_start, embed_length, embed_author, embed_handle, embed_date, embed_url
        FROM paragraphs WHERE content_hash = $hash ORDER BY ordinal;
        """;

    /// <summary>The article on the reader's current row, with an empty paragraph list.</summary>
    public static Document ReadArticle(SqliteDataReader r) => new()
    {
        ContentHash = r.GetString(0),
        Id = r.GetString(1),
        Format = StoredNames.ToInputFormat(r.GetString(2)),
        Origin = StringOrNull(r, 3),
        Url = StringOrNull(r, 4),
        Source = StringOrNull(r, 5),
        Author = StringOrNull(r, 6),
        Language = StringOrNull(r, 7),
        Title = StringOrNull(r, 8),
        TitleSpan = SpanOrNull(r, 9),
        Dateline = StringOrNull(r, 11),
        DatelineSpan = SpanOrNull(r, 12),
        Published = StringOrNull(r, 14) is { } published ? StoredValues.Date(published) : null,
        PublishedAt = StringOrNull(r, 15) is { } at ? StoredValues.Instant(at) : null,
        PublishedFrom = StoredNames.ToPublishedFrom(r.GetString(16)),
        PublishedSpan = SpanOrNull(r, 17),
        Text = r.GetString(19),
        Paragraphs = [],
    };

    /// <summary>Reads the paragraphs of <paramref name="document"/> with <paramref name="command"/> (built from <see cref="ParagraphsSql"/>).</summary>
    public static async Task<Document> WithParagraphsAsync(SqliteCommand command, Document document, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$hash", document.ContentHash);
        var paragraphs = new List<Paragraph>();
        using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var embed = SpanOrNull(r, 4) is { } post
                ? new EmbeddedPost(
                    post,
                    StringOrNull(r, 6),
                    StringOrNull(r, 7),
                    StringOrNull(r, 8) is { } date ? StoredValues.Date(date) : null,
                    StringOrNull(r, 9))
                : null;
            paragraphs.Add(new Paragraph(StoredNames.ToParagraphKind(r.GetString(0)), new TextSpan(r.GetInt32(1), r.GetInt32(2)), StringOrNull(r, 3), embed));
        }

        return document with { Paragraphs = paragraphs };
    }

    private static string? StringOrNull(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static TextSpan? SpanOrNull(SqliteDataReader r, int startOrdinal) =>
        r.IsDBNull(startOrdinal) || r.IsDBNull(startOrdinal + 1)
            ? null
            : new TextSpan(r.GetInt32(startOrdinal), r.GetInt32(startOrdinal + 1));
}
