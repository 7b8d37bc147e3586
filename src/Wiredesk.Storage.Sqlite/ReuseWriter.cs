using static Wiredesk.Storage.Sqlite.SqlCommands;
using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Sqlite;

/// <summary>
/// Writes one document's reuse signature, keys and relations inside one open transaction, reusing its commands.
/// Every write replaces what was stored before under the same key, so writing the same twice leaves the same rows.
/// </summary>
internal sealed class ReuseWriter : IDisposable
{
    private readonly SqliteCommand _exists;
    private readonly SqliteCommand _upsertSignature;
    private readonly SqliteCommand _deleteKeys;
    private readonly SqliteCommand _insertKeys;
    private readonly SqliteCommand _deleteRelation;
    private readonly SqliteCommand _insertRelation;
    private readonly SqliteCommand _insertPassage;

    public ReuseWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _exists = Command(connection, transaction, "SELECT count(*) FROM articles WHERE content_hash = $hash;");
        _upsertSignature = Command(connection, transaction, """
            INSERT INTO reuse_signatures (content_hash, word_count, minhash) VALUES ($hash, $word_count, $minhash)
            ON CONFLICT (content_hash) DO UPDATE SET word_count = excluded.word_count, minhash = excluded.minhash;
            """);
        _deleteKeys = Command(connection, transaction, "DELETE FROM reuse_keys WHERE content_hash = $hash;");

        // The keys arrive as one JSON-array parameter. OR IGNORE: two bands of one document may, rarely, hash alike.
        _insertKeys = Command(connection, transaction, """
            INSERT OR IGNORE INTO reuse_keys (kind, key, content_hash) SELECT $kind, value, $hash FROM json_each($keys);
            """);

        // Passages go with the relation through ON DELETE CASCADE; either orientation of the pair is replaced.
        _deleteRelation = Command(connection, transaction, """
            DELETE FROM reuse_relations WHERE (a_hash = $a AND b_hash = $b) OR (a_hash = $b AND b_hash = $a);
            """);
        _insertRelation = Command(connection, transaction, """
            INSERT INTO reuse_relations (a_hash, b_hash, kind, containment_a, containment_b, source_hash)
            SELECT $a, $b, $kind, $containment_a, $containment_b, $source
            WHERE EXISTS (SELECT 1 FROM articles WHERE content_hash = $a) AND EXISTS (SELECT 1 FROM articles WHERE content_hash = $b);
            """);
        _insertPassage = Command(connection, transaction, """
            INSERT INTO reuse_passages (a_hash, b_hash, ordinal, a_start, a_length, b_start, b_length, words, score, is_quotation)
            VALUES ($a, $b, $ordinal, $a_start, $a_length, $b_start, $b_length, $words, $score, $is_quotation);
            """);
    }

    /// <summary>Whether an article with this content hash is stored.</summary>
    public async Task<bool> ExistsAsync(string contentHash, CancellationToken cancellationToken) =>
        (long)(await ScalarAsync(_exists, cancellationToken, ("$hash", contentHash)).ConfigureAwait(false))! > 0;

    /// <summary>Stores the signature of a stored article and replaces its keys: its fingerprints and <paramref name="bandKeys"/>.</summary>
    public async Task SaveSignatureAsync(string contentHash, ReuseSignature signature, uint[] bandKeys, CancellationToken cancellationToken)
    {
        await ExecuteAsync(_upsertSignature, cancellationToken, ("$hash", contentHash), ("$word_count", signature.WordCount), ("$minhash", Bytes(signature.MinHash)))
            .ConfigureAwait(false);
        await ExecuteAsync(_deleteKeys, cancellationToken, ("$hash", contentHash)).ConfigureAwait(false);
        await ExecuteAsync(_insertKeys, cancellationToken, ("$kind", SqliteArticleStore.FingerprintKey), ("$keys", JsonSerializer.Serialize(signature.Fingerprints)), ("$hash", contentHash))
            .ConfigureAwait(false);
        await ExecuteAsync(_insertKeys, cancellationToken, ("$kind", SqliteArticleStore.BandKey), ("$keys", JsonSerializer.Serialize(bandKeys)), ("$hash", contentHash))
            .ConfigureAwait(false);
    }

    /// <summary>Replaces the relation between the pair, with its passages; skipped (false) when either article is gone.</summary>
    public async Task<bool> SaveRelationAsync(ReuseRelation relation, CancellationToken cancellationToken)
    {
        var (a, b) = (relation.AKey, relation.BKey);
        var source = relation.Source == relation.A ? a : relation.Source == relation.B ? b : null; // an id: store its side's hash
        await ExecuteAsync(_deleteRelation, cancellationToken, ("$a", a), ("$b", b)).ConfigureAwait(false);
        var inserted = await ExecuteAsync(
            _insertRelation,
            cancellationToken,
            ("$a", a),
            ("$b", b),
            ("$kind", StoredNames.Of(relation.Kind)),
            ("$containment_a", relation.ContainmentA),
            ("$containment_b", relation.ContainmentB),
            ("$source", source)).ConfigureAwait(false);
        if (inserted == 0)
        {
            return false;
        }

        for (var ordinal = 0; ordinal < relation.Passages.Count; ordinal++)
        {
            var p = relation.Passages[ordinal];
            await ExecuteAsync(
                _insertPassage,
                cancellationToken,
                ("$a", a),
                ("$b", b),
                ("$ordinal", ordinal),
                ("$a_start", p.A.Start),
                ("$a_length", p.A.Length),
                ("$b_start", p.B.Start),
                ("$b_length", p.B.Length),
                ("$words", p.Words),
                ("$score", p.Score),
                ("$is_quotation", p.IsQuotation)).ConfigureAwait(false);
        }

        return true;
    }

    public void Dispose()
    {
        _exists.Dispose();
        _upsertSignature.Dispose();
        _deleteKeys.Dispose();
        _insertKeys.Dispose();
        _deleteRelation.Dispose();
        _insertRelation.Dispose();
        _insertPassage.Dispose();
    }

    /// <summary>The MinHash values as little-endian 32-bit words.</summary>
    private static byte[] Bytes(uint[] values)
    {
        var bytes = new byte[values.Length * sizeof(uint)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), values[i]);
        }

        return bytes;
    }
}
