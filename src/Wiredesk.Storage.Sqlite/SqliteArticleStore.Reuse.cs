using System.Text.Json;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Sqlite;

/// <summary>The text-reuse index: pending documents, candidate search and saving what the analysis found.</summary>
public sealed partial class SqliteArticleStore : IReuseStore
{
    /// <summary>The <c>kind</c> of a passage fingerprint in <c>reuse_keys</c>.</summary>
    internal const int FingerprintKey = 0;

    /// <summary>The <c>kind</c> of an LSH band key in <c>reuse_keys</c>.</summary>
    internal const int BandKey = 1;

    // The query's keys arrive as two JSON-array parameters, unpacked by json_each: one statement, whatever their number,
    // and no SQL built from values. A key held by more than $cap documents is a stock phrase; counting its holders stops
    // at $cap + 1. CROSS JOIN keeps the query's keys as the outer loop, each a lookup in the (kind, key) primary key.
    private const string CandidatesSql = """
        WITH wanted (kind, key) AS (
            SELECT 0, value FROM json_each($fingerprints)
            UNION ALL
            SELECT 1, value FROM json_each($bands)),
        usable (kind, key) AS (
            SELECT kind, key FROM wanted w
            WHERE (SELECT count(*) FROM (SELECT 1 FROM reuse_keys h WHERE h.kind = w.kind AND h.key = w.key LIMIT $cap + 1)) <= $cap)
        SELECT k.content_hash,
               count(*) FILTER (WHERE k.kind = 0) AS fingerprints,
               count(*) FILTER (WHERE k.kind = 1) AS bands
        FROM usable u CROSS JOIN reuse_keys k ON k.kind = u.kind AND k.key = u.key
        GROUP BY k.content_hash
        HAVING fingerprints >= $min_shared OR bands > 0
        ORDER BY fingerprints DESC, k.content_hash
        LIMIT $max;
        """;

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> PendingReuseAsync(CancellationToken cancellationToken) =>
        StringsAsync("""
            SELECT a.content_hash FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM reuse_signatures s WHERE s.content_hash = a.content_hash)
            ORDER BY a.ingested_seq;
            """, cancellationToken);

    /// <summary>The first column of every row <paramref name="sql"/> returns, as strings.</summary>
    private async Task<IReadOnlyList<string>> StringsAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var values = new List<string>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
    }

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
            using var command = connection.CreateCommand();
            command.CommandText = CandidatesSql;
            command.Parameters.AddWithValue("$fingerprints", JsonSerializer.Serialize(signature.Fingerprints));
            command.Parameters.AddWithValue("$bands", JsonSerializer.Serialize(bands));
            command.Parameters.AddWithValue("$cap", options.MaxPostingsPerKey);
            command.Parameters.AddWithValue("$min_shared", options.MinSharedFingerprints);
            command.Parameters.AddWithValue("$max", options.MaxCandidates);
            var candidates = new List<ReuseCandidate>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                candidates.Add(new ReuseCandidate(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
            }

            return candidates;
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Replaces the document's signature and keys and, per pair, any relation stored before, so saving the same again
    /// changes nothing. Relations whose other document is no longer stored are skipped; when the document itself is gone
    /// (replaced while it was analysed), nothing is saved.
    /// </remarks>
    public async Task SaveReuseAsync(string contentHash, ReuseSignature signature, IReadOnlyList<ReuseRelation> relations, ReuseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // BEGIN IMMEDIATE, as for articles: take the write lock before reading what decides the writes.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                using var writer = new ReuseWriter(connection, transaction);
                if (!await writer.ExistsAsync(contentHash, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                await writer.SaveSignatureAsync(contentHash, signature, signature.BandKeys(options.Bands), cancellationToken).ConfigureAwait(false);
                foreach (var relation in relations)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await writer.SaveRelationAsync(relation, cancellationToken).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
