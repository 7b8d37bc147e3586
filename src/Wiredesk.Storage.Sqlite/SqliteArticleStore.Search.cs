using Microsoft.Data.Sqlite;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const int SqliteError = 1;

    // Title matches weigh twice as much as body matches. The FTS row's rowid is the article's ingested_seq.
    private const string SearchSql = """
        SELECT a.id, a.title, snippet(articles_fts, -1, '[', ']', '…', 16), -bm25(articles_fts, 2.0, 1.0) AS score
        FROM articles_fts
        JOIN articles a ON a.ingested_seq = articles_fts.rowid
        WHERE articles_fts MATCH $query
        ORDER BY score DESC, a.id
        LIMIT $limit;
        """;

    /// <inheritdoc/>
    /// <remarks>
    /// The query is FTS5 syntax (<c>nato AND summit</c>, <c>"foreign ministers"</c>, <c>antal*</c>); when it is not valid
    /// syntax (<c>NATO's "chief</c>, <c>foo AND</c>, <c>-bar</c>), each word is searched for as written instead.
    /// Only titles and body and heading paragraphs are indexed: boilerplate, captions and embeds are not.
    /// </remarks>
    /// <exception cref="ArgumentException">The query is empty or only whitespace.</exception>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("The search query is empty; give at least one word to search for.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                return await SearchAsync(connection, query, limit, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteError)
            {
                // Not valid FTS5 syntax (or an unknown column filter): search for the words themselves.
                return await SearchAsync(connection, FtsQuery.QuoteWords(query), limit, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchAsync(SqliteConnection connection, string match, int limit, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SearchSql;
        command.Parameters.AddWithValue("$query", match);
        command.Parameters.AddWithValue("$limit", limit);

        var hits = new List<SearchHit>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? string.Empty : reader.GetString(2),
                reader.GetDouble(3)));
        }

        return hits;
    }
}
