using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Wiredesk.Core.Documents;

namespace Wiredesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <inheritdoc/>
    public Task<Document?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return GetOneAsync($"SELECT {DocumentReader.ArticleColumns} FROM articles WHERE id = $key;", id, cancellationToken);
    }

    /// <summary>The document stored with this content hash, or <see langword="null"/>.</summary>
    /// <param name="contentHash">The lower-case hex SHA-256 the document was saved with.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<Document?> GetByHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return GetOneAsync($"SELECT {DocumentReader.ArticleColumns} FROM articles WHERE content_hash = $key;", contentHash, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Undated documents come last. Documents are read one at a time, all from one snapshot of the file.</remarks>
    public async IAsyncEnumerable<Document> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                using var articles = connection.CreateCommand();
                articles.Transaction = transaction;
                articles.CommandText = $"SELECT {DocumentReader.ArticleColumns} FROM articles ORDER BY published IS NULL, published, id;";
                using var paragraphs = connection.CreateCommand();
                paragraphs.Transaction = transaction;
                paragraphs.CommandText = DocumentReader.ParagraphsSql;

                using var reader = await articles.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var article = DocumentReader.ReadArticle(reader);
                    yield return await DocumentReader.WithParagraphsAsync(paragraphs, article, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    // Reads run in a deferred (read-only) transaction, so the article and its paragraphs come from one snapshot of the file.
    private async Task<Document?> GetOneAsync(string sql, string key, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                Document article;
                using (var command = connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    command.Parameters.AddWithValue("$key", key);
                    using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    article = DocumentReader.ReadArticle(reader);
                }

                using var paragraphs = connection.CreateCommand();
                paragraphs.Transaction = transaction;
                paragraphs.CommandText = DocumentReader.ParagraphsSql;
                return await DocumentReader.WithParagraphsAsync(paragraphs, article, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
