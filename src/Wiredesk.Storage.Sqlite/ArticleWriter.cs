using static Wiredesk.Storage.Sqlite.SqlCommands;
using Microsoft.Data.Sqlite;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Text;

namespace Wiredesk.Storage.Sqlite;

/// <summary>
/// Writes documents inside one open transaction, reusing its prepared commands for the whole batch.
/// Decides per document whether it is added, unchanged or an update of the article stored under its id.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteCommand _findByHash;
    private readonly SqliteCommand _findById;
    private readonly SqliteCommand _deleteArticle;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _insertParagraph;
    private readonly SqliteCommand _insertFts;

    public ArticleWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _findByHash = Command(connection, transaction, "SELECT id FROM articles WHERE content_hash = $hash;");
        _findById = Command(connection, transaction, "SELECT ingested_seq FROM articles WHERE id = $id;");

        // Paragraphs go with the article through ON DELETE CASCADE; the FTS row is keyed by ingested_seq.
        _deleteArticle = Command(connection, transaction, """
            DELETE FROM articles_fts WHERE rowid = $seq;
            DELETE FROM articles WHERE ingested_seq = $seq;
            """);
        _insertArticle = Command(connection, transaction, """
            INSERT INTO articles (
                content_hash, id, format, origin, url, source, author, language,
                title, title_start, title_length, dateline, dateline_start, dateline_length,
                published, published_at, published_from, published_start, published_length,
                text, ingested_seq)
            VALUES (
                $hash, $id, $format, $origin, $url, $source, $author, $language,
                $title, $title_start, $title_length, $dateline, $dateline_start, $dateline_length,
                $published, $published_at, $published_from, $published_start, $published_length,
                $text, (SELECT coalesce(max(ingested_seq), 0) + 1 FROM articles))
            RETURNING ingested_seq;
            """);
        _insertParagraph = Command(connection, transaction, """
            INSERT INTO paragraphs (
                content_hash, ordinal, kind, start, length, rule,
                embed_start, embed_length, embed_author, embed_handle, embed_date, embed_url)
            VALUES (
                $hash, $ordinal, $kind, $start, $length, $rule,
                $embed_start, $embed_length, $embed_author, $embed_handle, $embed_date, $embed_url);
            """);
        _insertFts = Command(connection, transaction, "INSERT INTO articles_fts (rowid, title, body) VALUES ($seq, $title, $body);");
    }

    /// <summary>Stores one valid document, unless its content is stored already.</summary>
    public async Task<SaveResult> SaveAsync(Document document, CancellationToken cancellationToken)
    {
        if (await ScalarAsync(_findByHash, cancellationToken, ("$hash", document.ContentHash)).ConfigureAwait(false) is string storedId)
        {
            return new SaveResult(storedId, SaveStatus.Unchanged);
        }

        var status = SaveStatus.Added;
        if (await ScalarAsync(_findById, cancellationToken, ("$id", document.Id)).ConfigureAwait(false) is long oldSeq)
        {
            await ExecuteAsync(_deleteArticle, cancellationToken, ("$seq", oldSeq)).ConfigureAwait(false);
            status = SaveStatus.Updated;
        }

        var seq = (long)(await ScalarAsync(_insertArticle, cancellationToken, ArticleValues(document)).ConfigureAwait(false))!;
        for (var ordinal = 0; ordinal < document.Paragraphs.Count; ordinal++)
        {
            await ExecuteAsync(_insertParagraph, cancellationToken, ParagraphValues(document.ContentHash, ordinal, document.Paragraphs[ordinal]))
                .ConfigureAwait(false);
        }

        await ExecuteAsync(_insertFts, cancellationToken, ("$seq", seq), ("$title", document.Title), ("$body", SearchableBody(document)))
            .ConfigureAwait(false);
        return new SaveResult(document.Id, status);
    }

    /// <summary>The text the full-text index holds as an article's body: its body and heading paragraphs, one per line.</summary>
    public static string SearchableBody(Document document) =>
        string.Join('\n', document.Paragraphs
            .Where(p => p.Kind is ParagraphKind.Body or ParagraphKind.Heading)
            .Select(document.TextOf));

    public void Dispose()
    {
        _findByHash.Dispose();
        _findById.Dispose();
        _deleteArticle.Dispose();
        _insertArticle.Dispose();
        _insertParagraph.Dispose();
        _insertFts.Dispose();
    }

    private static (string, object?)[] ArticleValues(Document d) =>
    [
        ("$hash", d.ContentHash),
        ("$id", d.Id),
        ("$format", StoredNames.Of(d.Format)),
        ("$origin", d.Origin),
        ("$url", d.Url),
        ("$source", d.Source),
        ("$author", d.Author),
        ("$language", d.Language),
        ("$title", d.Title),
        ("$title_start", d.TitleSpan?.Start),
        ("$title_length", d.TitleSpan?.Length),
        ("$dateline", d.Dateline),
        ("$dateline_start", d.DatelineSpan?.Start),
        ("$dateline_length", d.DatelineSpan?.Length),
        ("$published", StoredValues.Of(d.Published)),
        ("$published_at", StoredValues.Of(d.PublishedAt)),
        ("$published_from", StoredNames.Of(d.PublishedFrom)),
        ("$published_start", d.PublishedSpan?.Start),
        ("$published_length", d.PublishedSpan?.Length),
        ("$text", d.Text),
    ];

    private static (string, object?)[] ParagraphValues(string hash, int ordinal, Paragraph p)
    {
        TextSpan? post = p.Embed?.PostSpan;
        return
        [
            ("$hash", hash),
            ("$ordinal", ordinal),
            ("$kind", StoredNames.Of(p.Kind)),
            ("$start", p.Span.Start),
            ("$length", p.Span.Length),
            ("$rule", p.Rule),
            ("$embed_start", post?.Start),
            ("$embed_length", post?.Length),
            ("$embed_author", p.Embed?.Author),
            ("$embed_handle", p.Embed?.Handle),
            ("$embed_date", StoredValues.Of(p.Embed?.Date)),
            ("$embed_url", p.Embed?.Url),
        ];
    }
}
