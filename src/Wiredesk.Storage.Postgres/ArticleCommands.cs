using Npgsql;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

/// <summary>The statements that write one article: its row, its paragraphs (one statement for all) and its search row.</summary>
internal static class ArticleCommands
{
    private const string InsertArticleSql = """
        INSERT INTO articles (
            content_hash, id, format, origin, url, source, author, language,
            title, title_start, title_length, dateline, dateline_start, dateline_length,
            published, published_at, published_from, published_start, published_length, text)
        VALUES (
            @hash, @id, @format, @origin, @url, @source, @author, @language,
            @title, @title_start, @title_length, @dateline, @dateline_start, @dateline_length,
            @published, @published_at, @published_from, @published_start, @published_length, @text);
        """;

    private const string InsertParagraphsSql = """
        INSERT INTO paragraphs (
            content_hash, ordinal, kind, start, length, rule,
            embed_start, embed_length, embed_author, embed_handle, embed_date, embed_url)
        SELECT @hash, p.n - 1, p.kind, p.start, p.length, p.rule, p.es, p.el, p.ea, p.eh, p.ed, p.eu
        FROM unnest(@kinds::text[], @starts::integer[], @lengths::integer[], @rules::text[], @embed_starts::integer[],
                    @embed_lengths::integer[], @embed_authors::text[], @embed_handles::text[], @embed_dates::text[], @embed_urls::text[])
             WITH ORDINALITY AS p (kind, start, length, rule, es, el, ea, eh, ed, eu, n);
        """;

    // The search row is keyed by the article's ingested_seq, which the insert above assigned.
    private const string InsertSearchSql = """
        INSERT INTO articles_fts (ingested_seq, title, body)
        SELECT ingested_seq, @title, @body FROM articles WHERE content_hash = @hash;
        """;

    /// <summary>Deletes an article; its paragraphs, search row, reuse data and placement go with it.</summary>
    public static NpgsqlBatchCommand Delete(string contentHash) =>
        new("DELETE FROM articles WHERE content_hash = @hash;") { Parameters = { new NpgsqlParameter<string>("hash", contentHash) } };

    /// <summary>The three statements that insert <paramref name="d"/>.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Insert(Document d)
    {
        yield return new NpgsqlBatchCommand(InsertArticleSql)
        {
            Parameters =
            {
                Text("hash", d.ContentHash),
                Text("id", d.Id),
                Text("format", StoredNames.Of(d.Format)),
                Text("origin", d.Origin),
                Text("url", d.Url),
                Text("source", d.Source),
                Text("author", d.Author),
                Text("language", d.Language),
                Text("title", d.Title),
                Int("title_start", d.TitleSpan?.Start),
                Int("title_length", d.TitleSpan?.Length),
                Text("dateline", d.Dateline),
                Int("dateline_start", d.DatelineSpan?.Start),
                Int("dateline_length", d.DatelineSpan?.Length),
                Text("published", StoredValues.Of(d.Published)),
                Text("published_at", StoredValues.Of(d.PublishedAt)),
                Text("published_from", StoredNames.Of(d.PublishedFrom)),
                Int("published_start", d.PublishedSpan?.Start),
                Int("published_length", d.PublishedSpan?.Length),
                Text("text", d.Text),
            },
        };

        var p = d.Paragraphs;
        yield return new NpgsqlBatchCommand(InsertParagraphsSql)
        {
            Parameters =
            {
                Text("hash", d.ContentHash),
                new NpgsqlParameter<string[]>("kinds", [.. p.Select(x => StoredNames.Of(x.Kind))]),
                new NpgsqlParameter<int[]>("starts", [.. p.Select(x => x.Span.Start)]),
                new NpgsqlParameter<int[]>("lengths", [.. p.Select(x => x.Span.Length)]),
                new NpgsqlParameter<string?[]>("rules", [.. p.Select(x => x.Rule)]),
                new NpgsqlParameter<int?[]>("embed_starts", [.. p.Select(x => x.Embed?.PostSpan.Start)]),
                new NpgsqlParameter<int?[]>("embed_lengths", [.. p.Select(x => x.Embed?.PostSpan.Length)]),
                new NpgsqlParameter<string?[]>("embed_authors", [.. p.Select(x => x.Embed?.Author)]),
                new NpgsqlParameter<string?[]>("embed_handles", [.. p.Select(x => x.Embed?.Handle)]),
                new NpgsqlParameter<string?[]>("embed_dates", [.. p.Select(x => StoredValues.Of(x.Embed?.Date))]),
                new NpgsqlParameter<string?[]>("embed_urls", [.. p.Select(x => x.Embed?.Url)]),
            },
        };

        yield return new NpgsqlBatchCommand(InsertSearchSql)
        {
            Parameters = { Text("hash", d.ContentHash), Text("title", d.Title), Text("body", SearchableBody(d)) },
        };
    }

    /// <summary>The text the search index holds as an article's body: its body and heading paragraphs, one per line (as in the SQLite store).</summary>
    public static string SearchableBody(Document document) =>
        string.Join('\n', document.Paragraphs
            .Where(p => p.Kind is ParagraphKind.Body or ParagraphKind.Heading)
            .Select(document.TextOf));

    private static NpgsqlParameter<string?> Text(string name, string? value) => new(name, value);

    private static NpgsqlParameter<int?> Int(string name, int? value) => new(name, value);
}
