using Npgsql;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    // Statements sent to the server per round trip while writing a batch.
    private const int StatementsPerRoundTrip = 300;

    /// <inheritdoc/>
    /// <remarks>
    /// Every document is checked before anything is written; an invalid one throws <see cref="ArgumentException"/>
    /// naming it, and nothing of the batch is stored, as on cancellation or any other error.
    /// Content already stored (under any id) is <see cref="SaveStatus.Unchanged"/>, reported with the stored id;
    /// new content under a stored id replaces that article and is <see cref="SaveStatus.Updated"/>.
    /// The transaction first locks every content hash and id of the batch (advisory locks, in sorted order), then reads
    /// the rows they name: two writers saving the same article wait for each other, and the second finds it stored.
    /// </remarks>
    public async Task<IReadOnlyList<SaveResult>> SaveAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        cancellationToken.ThrowIfCancellationRequested();
        var batch = new List<Document>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = documents[i];
            DocumentValidator.ThrowIfInvalid(document, i, nameof(documents));
            batch.Add(document);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0)
        {
            return [];
        }

        return await InTransactionAsync((connection, transaction) => SaveAsync(connection, transaction, batch, cancellationToken), retryOnUniqueViolation: true, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<SaveResult>> SaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<Document> batch, CancellationToken cancellationToken)
    {
        var hashes = batch.Select(d => d.ContentHash).Distinct(StringComparer.Ordinal).ToArray();
        var ids = batch.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToArray();
        using (var lockNames = new NpgsqlCommand(AdvisoryLocks.LockNamesSql, connection, transaction))
        {
            lockNames.Parameters.Add(P("names", hashes.Select(h => "hash:" + h).Concat(ids.Select(i => "id:" + i)).ToArray()));
            await lockNames.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var stored = new List<(string, string)>();
        using (var find = new NpgsqlCommand("SELECT content_hash, id FROM articles WHERE content_hash = ANY(@hashes) OR id = ANY(@ids);", connection, transaction))
        {
            find.Parameters.Add(P("hashes", hashes));
            find.Parameters.Add(P("ids", ids));
            var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    stored.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        var plan = new SavePlan(stored);
        foreach (var document in batch)
        {
            plan.Add(document);
        }

        var statements = plan.Steps.SelectMany(step => step.Delete is { } hash ? [ArticleCommands.Delete(hash)] : ArticleCommands.Insert(step.Insert!));
        foreach (var chunk in statements.Chunk(StatementsPerRoundTrip))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var write = new NpgsqlBatch(connection, transaction);
            foreach (var statement in chunk)
            {
                write.BatchCommands.Add(statement);
            }

            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return plan.Results;
    }
}
