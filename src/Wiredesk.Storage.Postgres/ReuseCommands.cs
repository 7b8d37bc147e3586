using Npgsql;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

/// <summary>
/// The statements that store one document's reuse signature, keys and relations. Every write replaces what was stored
/// before under the same key, so writing the same twice leaves the same rows.
/// </summary>
internal static class ReuseCommands
{
    private const string UpsertSignatureSql = """
        INSERT INTO reuse_signatures (content_hash, word_count, minhash) VALUES (@hash, @word_count, @minhash)
        ON CONFLICT (content_hash) DO UPDATE SET word_count = excluded.word_count, minhash = excluded.minhash;
        """;

    // DO NOTHING: two bands of one document may, rarely, hash alike.
    private const string InsertKeysSql = """
        INSERT INTO reuse_keys (kind, key, content_hash) SELECT @kind, k, @hash FROM unnest(@keys::bigint[]) AS k
        ON CONFLICT DO NOTHING;
        """;

    private const string InsertRelationSql = """
        INSERT INTO reuse_relations (a_hash, b_hash, kind, containment_a, containment_b, source_hash)
        VALUES (@a, @b, @kind, @containment_a, @containment_b, @source);
        """;

    private const string InsertPassagesSql = """
        INSERT INTO reuse_passages (a_hash, b_hash, ordinal, a_start, a_length, b_start, b_length, words, score, is_quotation)
        SELECT @a, @b, p.n - 1, p.a_start, p.a_length, p.b_start, p.b_length, p.words, p.score, p.is_quotation
        FROM unnest(@a_starts::integer[], @a_lengths::integer[], @b_starts::integer[], @b_lengths::integer[],
                    @words::integer[], @scores::double precision[], @quotations::boolean[])
             WITH ORDINALITY AS p (a_start, a_length, b_start, b_length, words, score, is_quotation, n);
        """;

    /// <summary>Stores the signature of a stored article and replaces its keys: its fingerprints and <paramref name="bandKeys"/>.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Signature(string contentHash, ReuseSignature signature, uint[] bandKeys)
    {
        yield return new NpgsqlBatchCommand(UpsertSignatureSql)
        {
            Parameters =
            {
                new NpgsqlParameter<string>("hash", contentHash),
                new NpgsqlParameter<int>("word_count", signature.WordCount),
                new NpgsqlParameter<byte[]>("minhash", StoredValues.Bytes(signature.MinHash)),
            },
        };
        yield return new NpgsqlBatchCommand("DELETE FROM reuse_keys WHERE content_hash = @hash;") { Parameters = { new NpgsqlParameter<string>("hash", contentHash) } };
        yield return Keys(contentHash, PostgresArticleStore.FingerprintKey, signature.Fingerprints);
        yield return Keys(contentHash, PostgresArticleStore.BandKey, bandKeys);
    }

    /// <summary>Replaces the relation between the pair (in either orientation) with <paramref name="relation"/> and its passages.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Relation(ReuseRelation relation)
    {
        var (a, b) = (relation.AKey, relation.BKey);
        var source = relation.Source == relation.A ? a : relation.Source == relation.B ? b : null; // an id: store its side's hash

        // Passages go with the relation through ON DELETE CASCADE.
        yield return new NpgsqlBatchCommand("DELETE FROM reuse_relations WHERE (a_hash = @a AND b_hash = @b) OR (a_hash = @b AND b_hash = @a);")
        {
            Parameters = { new NpgsqlParameter<string>("a", a), new NpgsqlParameter<string>("b", b) },
        };
        yield return new NpgsqlBatchCommand(InsertRelationSql)
        {
            Parameters =
            {
                new NpgsqlParameter<string>("a", a),
                new NpgsqlParameter<string>("b", b),
                new NpgsqlParameter<string>("kind", StoredNames.Of(relation.Kind)),
                new NpgsqlParameter<double>("containment_a", relation.ContainmentA),
                new NpgsqlParameter<double>("containment_b", relation.ContainmentB),
                new NpgsqlParameter<string?>("source", source),
            },
        };
        var p = relation.Passages;
        yield return new NpgsqlBatchCommand(InsertPassagesSql)
        {
            Parameters =
            {
                new NpgsqlParameter<string>("a", a),
                new NpgsqlParameter<string>("b", b),
                new NpgsqlParameter<int[]>("a_starts", [.. p.Select(x => x.A.Start)]),
                new NpgsqlParameter<int[]>("a_lengths", [.. p.Select(x => x.A.Length)]),
                new NpgsqlParameter<int[]>("b_starts", [.. p.Select(x => x.B.Start)]),
                new NpgsqlParameter<int[]>("b_lengths", [.. p.Select(x => x.B.Length)]),
                new NpgsqlParameter<int[]>("words", [.. p.Select(x => x.Words)]),
                new NpgsqlParameter<double[]>("scores", [.. p.Select(x => x.Score)]),
                new NpgsqlParameter<bool[]>("quotations", [.. p.Select(x => x.IsQuotation)]),
            },
        };
    }

    private static NpgsqlBatchCommand Keys(string contentHash, short kind, uint[] keys) => new(InsertKeysSql)
    {
        Parameters =
        {
            new NpgsqlParameter<short>("kind", kind),
            new NpgsqlParameter<string>("hash", contentHash),
            new NpgsqlParameter<long[]>("keys", PostgresArticleStore.Keys(keys)),
        },
    };
}
