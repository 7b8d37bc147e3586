namespace Wiredesk.Storage.Sqlite.Migrations;

/// <summary>
/// The text-reuse index and the relations it found, keyed by content hash. Every row hangs off <c>articles</c> with
/// <c>ON DELETE CASCADE</c>, so replacing an article drops its signature, keys and relations and leaves the new version
/// pending. Keys are unsigned 32-bit values stored as non-negative integers; <c>kind</c> 0 is a passage fingerprint,
/// 1 an LSH band key.
/// </summary>
internal static class Migration002ReuseIndex
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(2, "text reuse index", """
        CREATE TABLE reuse_signatures (
            content_hash TEXT    NOT NULL PRIMARY KEY REFERENCES articles (content_hash) ON DELETE CASCADE,
            word_count   INTEGER NOT NULL,
            minhash      BLOB    NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE reuse_keys (
            kind         INTEGER NOT NULL CHECK (kind IN (0, 1)),
            key          INTEGER NOT NULL CHECK (key BETWEEN 0 AND 4294967295),
            content_hash TEXT    NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
            PRIMARY KEY (kind, key, content_hash)
        ) WITHOUT ROWID;

        -- For the cascade when an article goes, and for replacing a document's keys.
        CREATE INDEX reuse_keys_by_document ON reuse_keys (content_hash);

        CREATE TABLE reuse_relations (
            a_hash        TEXT NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
            b_hash        TEXT NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
            kind          TEXT NOT NULL,
            containment_a REAL NOT NULL,
            containment_b REAL NOT NULL,
            source_hash   TEXT CHECK (source_hash IS NULL OR source_hash IN (a_hash, b_hash)),
            PRIMARY KEY (a_hash, b_hash)
        ) WITHOUT ROWID;

        CREATE INDEX reuse_relations_by_b ON reuse_relations (b_hash);

        CREATE TABLE reuse_passages (
            a_hash       TEXT    NOT NULL,
            b_hash       TEXT    NOT NULL,
            ordinal      INTEGER NOT NULL,
            a_start      INTEGER NOT NULL,
            a_length     INTEGER NOT NULL,
            b_start      INTEGER NOT NULL,
            b_length     INTEGER NOT NULL,
            words        INTEGER NOT NULL,
            score        REAL    NOT NULL,
            is_quotation INTEGER NOT NULL,
            PRIMARY KEY (a_hash, b_hash, ordinal),
            FOREIGN KEY (a_hash, b_hash) REFERENCES reuse_relations (a_hash, b_hash) ON DELETE CASCADE
        ) WITHOUT ROWID;
        """);
}
