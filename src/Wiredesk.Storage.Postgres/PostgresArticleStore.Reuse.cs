using Npgsql;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

/// <summary>The text-reuse index: pending documents, candidate search and saving what the analysis found.</summary>
public sealed partial class PostgresArticleStore : IReuseStore
{
    /// <summary>The <c>kind</c> of a passage fingerprint in <c>reuse_keys</c>.</summary>
    internal const short FingerprintKey = 0;

    /// <summary>The <c>kind</c> of an LSH band key in <c>reuse_keys</c>.</summary>
    internal const short BandKey = 1;

    // The SQLite store's query, with arrays for its JSON parameters. A key held by more than @cap documents is a stock
    // phrase; counting its holders stops at @cap + 1. Duplicate query keys count once per occurrence, as there.
    private const string CandidatesSql = """
        WITH wanted (kind, key) AS (
            SELECT 0::smallint, k FROM unnest(@fingerprints::bigint[]) AS k
            UNION ALL
            SELECT 1::smallint, k FROM unnest(@bands::bigint[]) AS k),
        usable (kind, key) AS (
            SELECT w.kind, w.key FROM wanted w
            WHERE (SELECT count(*) FROM (SELECT 1 FROM reuse_keys h WHERE h.kind = w.kind AND h.key = w.key LIMIT @cap + 1) AS holders) <= @cap)
        SELECT k.content_hash,
               count(*) FILTER (WHERE k.kind = 0) AS fingerprints,
               count(*) FILTER (WHERE k.kind = 1) AS bands
        FROM usable u JOIN reuse_keys k ON k.kind = u.kind AND k.key = u.key
        GROUP BY k.content_hash
        HAVING count(*) FILTER (WHERE k.kind = 0) >= @min_shared OR count(*) FILTER (WHERE k.kind = 1) > 0
        ORDER BY fingerprints DESC, k.content_hash
        LIMIT @max;
        """;

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> PendingReuseAsync(CancellationToken cancellationToken) =>
        StringsAsync("""
            SELECT a.content_hash FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM reuse_signatures s WHERE s.content_hash = a.content_hash)
            ORDER BY a.ingested_seq;
            """, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Gives the same candidates, in the same order, as an <see cref="InMemoryReuseIndex"/> holding the same signatures.</remarks>
    public async Task<IReadOnlyList<ReuseCandidate>> FindReuseCandidatesAsync(ReuseSignature signature, ReuseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(options);
        var bands = signature.BandKeys(options.Bands);
        if (signature.Fingerprints.Length == 0 && bands.Length == 0)
        {
            return [];
        }

        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand(CandidatesSql, connection);
            command.Parameters.Add(P("fingerprints", Keys(signature.Fingerprints)));
            command.Parameters.Add(P("bands", Keys(bands)));
            command.Parameters.Add(P("cap", options.MaxPostingsPerKey));
            command.Parameters.Add(P("min_shared", (long)options.MinSharedFingerprints));
            command.Parameters.Add(P("max", options.MaxCandidates));
            var candidates = new List<ReuseCandidate>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    candidates.Add(new ReuseCandidate(reader.GetString(0), checked((int)reader.GetInt64(1)), checked((int)reader.GetInt64(2))));
                }
            }

            return candidates;
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Replaces the document's signature and keys and, per pair, any relation stored before, so saving the same again
    /// changes nothing. Relations whose other document is no longer stored are skipped; when the document itself is gone
    /// (replaced while it was analysed), nothing is saved. The articles involved are locked (<c>FOR KEY SHARE</c>) first,
    /// so that none can be deleted by a concurrent save between the check and the writes.
    /// </remarks>
    public async Task SaveReuseAsync(string contentHash, ReuseSignature signature, IReadOnlyList<ReuseRelation> relations, ReuseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        var bandKeys = signature.BandKeys(options.Bands);
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                var involved = relations.SelectMany(r => new[] { r.AKey, r.BKey }).Append(contentHash).Distinct(StringComparer.Ordinal).ToArray();
                var present = await LockArticlesAsync(connection, transaction, involved, cancellationToken).ConfigureAwait(false);
                if (!present.Contains(contentHash))
                {
                    return 0;
                }

                using var write = new NpgsqlBatch(connection, transaction);
                foreach (var statement in ReuseCommands.Signature(contentHash, signature, bandKeys))
                {
                    write.BatchCommands.Add(statement);
                }

                foreach (var relation in relations.Where(r => present.Contains(r.AKey) && present.Contains(r.BKey)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var statement in ReuseCommands.Relation(relation))
                    {
                        write.BatchCommands.Add(statement);
                    }
                }

                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            },
            retryOnUniqueViolation: true,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Locks the stored articles among <paramref name="hashes"/> against deletion until the transaction ends, and says which are stored.</summary>
    private static async Task<HashSet<string>> LockArticlesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] hashes, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(
            "SELECT content_hash FROM articles WHERE content_hash = ANY(@hashes) ORDER BY content_hash FOR KEY SHARE;", connection, transaction);
        command.Parameters.Add(P("hashes", hashes));
        var present = new HashSet<string>(StringComparer.Ordinal);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                present.Add(reader.GetString(0));
            }
        }

        return present;
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as strings.</summary>
    private async Task<IReadOnlyList<string>> StringsAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand(sql, connection);
            var values = new List<string>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    values.Add(reader.GetString(0));
                }
            }

            return values;
        }
    }

    /// <summary>Unsigned 32-bit keys as the non-negative <c>bigint</c>s they are stored as.</summary>
    internal static long[] Keys(uint[] keys) => [.. keys.Select(k => (long)k)];
}
