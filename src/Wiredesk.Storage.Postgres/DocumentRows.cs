using System.Text.Json;
using Npgsql;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Text;

namespace Wiredesk.Storage.Postgres;

/// <summary>
/// Rebuilds documents from rows of <c>articles</c>, each with its paragraphs gathered into one JSON array by the same
/// statement, so a document is always read from one snapshot and in one round trip.
/// </summary>
internal static class DocumentRows
{
    /// <summary>Selects articles (alias <c>a</c>) with their paragraphs; append <c>WHERE</c> and <c>ORDER BY</c>.</summary>
    public const string Select = """
        SELECT a.content_hash, a.id, a.format, a.origin, a.url, a.source, a.author, a.language,
               a.title, a.title_start, a.title_length, a.dateline, a.dateline_start, a.dateline_length,
               a.published, a.published_at, a.published_from, a.published_start, a.published_length, a.text,
               (SELECT coalesce(json_agg(json_build_array(
                           p.kind, p.start, p.length, p.rule, p.embed_start, p.embed_length,
                           p.embed_author, p.embed_handle, p.embed_date, p.embed_url) ORDER BY p.ordinal), '[]')::text
                FROM paragraphs p WHERE p.content_hash = a.content_hash)
        FROM articles a
        """;

    /// <summary>The document on the reader's current row.</summary>
    public static Document Read(NpgsqlDataReader r) => new()
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
        Paragraphs = Paragraphs(r.GetString(20)),
    };

    private static List<Paragraph> Paragraphs(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var paragraphs = new List<Paragraph>(parsed.RootElement.GetArrayLength());
        foreach (var row in parsed.RootElement.EnumerateArray())
        {
            var embed = row[4].ValueKind == JsonValueKind.Number && row[5].ValueKind == JsonValueKind.Number
                ? new EmbeddedPost(
                    new TextSpan(row[4].GetInt32(), row[5].GetInt32()),
                    row[6].GetString(),
                    row[7].GetString(),
                    row[8].GetString() is { } date ? StoredValues.Date(date) : null,
                    row[9].GetString())
                : null;
            paragraphs.Add(new Paragraph(
                StoredNames.ToParagraphKind(row[0].GetString()!),
                new TextSpan(row[1].GetInt32(), row[2].GetInt32()),
                row[3].GetString(),
                embed));
        }

        return paragraphs;
    }

    private static string? StringOrNull(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static TextSpan? SpanOrNull(NpgsqlDataReader r, int startOrdinal) =>
        r.IsDBNull(startOrdinal) || r.IsDBNull(startOrdinal + 1)
            ? null
            : new TextSpan(r.GetInt32(startOrdinal), r.GetInt32(startOrdinal + 1));
}
