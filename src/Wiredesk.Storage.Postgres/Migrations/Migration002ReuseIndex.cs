namespace Wiredesk.Storage.Postgres.Migrations;

/// <summary>
/// The text-reuse index and the relations it found, keyed by content hash, as in the SQLite store. Every row hangs off
/// <c>articles</c> with <c>ON DELETE CASCADE</c>, so replacing an article drops its signature, keys and relations and
/// leaves the new version pending. Keys are unsigned 32-bit values stored as non-negative <c>bigint</c>s; <c>kind</c> 0
/// is a passage fingerprint, 1 an LSH band key.
/// </summary>
internal static class Migration002ReuseIndex
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(2, "text reuse index", """
        CREATE TABLE reuse_signatures (
            content_hash text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES articles (content_hash) ON DELETE CASCADE,
            word_count   integer NOT NULL,
            minhash      bytea   NOT NULL
        );

        CREATE TABLE reuse_keys (
            kind         smallint NOT NULL CHECK (kind IN (0, 1)),
            key          bigint   NOT NULL CHECK (key BETWEEN 0 AND 4294967295),
            content_hash text COLLATE "C" NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
            PRIMARY KEY (kind, key, content_hash)
        );

        -- For the cascade when an article goes, and for replacing a document's keys.
        CREATE INDEX reuse_keys_by_document ON reuse_keys (content_hash);

        CREATE TABLE reuse_relations (
            a_hash        text COLLATE "C" NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
            b_hash        text COLLATE "C" NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
            kind          text NOT NULL,
            containment_a double precision NOT NULL,
            containment_b double precision NOT NULL,
            source_hash   text COLLATE "C" CHECK (source_hash IS NULL OR source_hash IN (a_hash, b_hash)),
            PRIMARY KEY (a_hash, b_hash)
        );

        CREATE INDEX reuse_relations_by_b ON reuse_relations (b_hash);

        CREATE TABLE reuse_passages (
            a_hash       text COLLATE "C" NOT NULL,
            b_hash       text COLLATE "C" NOT NULL,
            ordinal      integer NOT NULL,
            a_start      integer NOT NULL,
            a_length     integer NOT NULL,
            b_start      integer NOT NULL,
            b_length     integer NOT NULL,
            words        integer NOT NULL,
            score        double precision NOT NULL,
            is_quotation boolean NOT NULL,
            PRIMARY KEY (a_hash, b_hash, ordinal),
            FOREIGN KEY (a_hash, b_hash) REFERENCES reuse_relations (a_hash, b_hash) ON DELETE CASCADE
        );
        """);
}
