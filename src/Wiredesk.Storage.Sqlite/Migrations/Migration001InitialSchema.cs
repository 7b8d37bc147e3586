namespace Wiredesk.Storage.Sqlite.Migrations;

/// <summary>
/// Articles keyed by content hash, their paragraphs, and an FTS5 index over title and body text.
/// The FTS row of an article has <c>rowid = articles.ingested_seq</c>, a number that never changes for a stored row
/// (unlike SQLite's implicit rowid, which <c>VACUUM</c> may renumber).
/// </summary>
internal static class Migration001InitialSchema
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(1, "initial schema", """
        CREATE TABLE articles (
            content_hash     TEXT    NOT NULL PRIMARY KEY,
            id               TEXT    NOT NULL UNIQUE,
            format           TEXT    NOT NULL,
            origin           TEXT,
            url              TEXT,
            source           TEXT,
            author           TEXT,
            language         TEXT,
            title            TEXT,
            title_start      INTEGER,
            title_length     INTEGER,
            dateline         TEXT,
            dateline_start   INTEGER,
            dateline_length  INTEGER,
            published        TEXT,
            published_at     TEXT,
            published_from   TEXT    NOT NULL,
            published_start  INTEGER,
            published_length INTEGER,
            text             TEXT    NOT NULL,
            ingested_seq     INTEGER NOT NULL UNIQUE
        );

        CREATE INDEX articles_by_published ON articles (published, id);

        CREATE TABLE paragraphs (
            content_hash TEXT    NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
            ordinal      INTEGER NOT NULL,
            kind         TEXT    NOT NULL,
            start        INTEGER NOT NULL,
            length       INTEGER NOT NULL,
            rule         TEXT,
            embed_start  INTEGER,
            embed_length INTEGER,
            embed_author TEXT,
            embed_handle TEXT,
            embed_date   TEXT,
            embed_url    TEXT,
            PRIMARY KEY (content_hash, ordinal)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title,
            body,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """);
}
