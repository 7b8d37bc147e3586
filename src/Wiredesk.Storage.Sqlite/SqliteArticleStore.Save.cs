using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Each document is checked just before it is written; an invalid one throws <see cref="ArgumentException"/>
    /// naming it, and the whole batch is rolled back, as it is on cancellation or any other error.
    /// Content already stored (under any id) is <see cref="SaveStatus.Unchanged"/>, reported with the stored id;
    /// new content under a stored id replaces that article and is <see cref="SaveStatus.Updated"/>.
    /// </remarks>
    public async Task<IReadOnlyList<SaveResult>> SaveAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        cancellationToken.ThrowIfCancellationRequested();
        if (documents.Count == 0)
        {
            return [];
        }

        var results = new List<SaveResult>(documents.Count);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // BEGIN IMMEDIATE: take the write lock now (waiting for another writer up to the busy timeout),
            // so a concurrent writer cannot make us fail mid-batch on a stale read snapshot.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                using var writer = new ArticleWriter(connection, transaction);
                for (var i = 0; i < documents.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = documents[i];
                    DocumentValidator.ThrowIfInvalid(document, i, nameof(documents));
                    results.Add(await writer.SaveAsync(document, cancellationToken).ConfigureAwait(false));
                }

                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return results;
    }
}
