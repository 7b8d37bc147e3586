using System.Runtime.CompilerServices;
using Npgsql;
using Wiredesk.Core.Documents;

namespace Wiredesk.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    /// <inheritdoc/>
    public Task<Document?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return GetOneAsync($"{DocumentRows.Select} WHERE a.id = @key;", id, cancellationToken);
    }

    /// <summary>The document stored with this content hash, or <see langword="null"/>.</summary>
    /// <param name="contentHash">The lower-case hex SHA-256 the document was saved with.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<Document?> GetByHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return GetOneAsync($"{DocumentRows.Select} WHERE a.content_hash = @key;", contentHash, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Undated documents come last. One statement streams them all, from one snapshot of the database.</remarks>
    public async IAsyncEnumerable<Document> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand($"{DocumentRows.Select} ORDER BY a.published IS NULL, a.published, a.id;", connection);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return DocumentRows.Read(reader);
                }
            }
        }
    }

    private async Task<Document?> GetOneAsync(string sql, string key, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(P("key", key));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? DocumentRows.Read(reader) : null;
            }
        }
    }
}
