using Microsoft.Data.Sqlite;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const int SqliteError = 1;

    /// <summary>How many of the newest matching articles are ranked by relevance; older matches of a word so common are not.</summary>
    internal const int RankedWindow = 1000;

    // Title matches weigh twice as much as body matches. The FTS row's rowid is the article's ingested_seq. Scoring
    // every match of a common word costs time in proportion to the whole store, so only the RankedWindow newest matches
    // are ranked (all of them when there are fewer), and the snippet and the join are made for the page alone.
    private const string SearchSql = """
        SELECT a.id, a.title, snippet(articles_fts, -1, '[', ']', '…', 16), top.score
        FROM (
            SELECT rowid, -bm25(articles_fts, 2.0, 1.0) AS score
            FROM articles_fts
            WHERE articles_fts MATCH $query
              AND rowid >= (SELECT coalesce(min(rowid), 0) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $query ORDER BY rowid DESC LIMIT $window))
            ORDER BY score DESC, rowid DESC
            LIMIT $limit) AS top
        JOIN articles_fts ON articles_fts.rowid = top.rowid AND articles_fts MATCH $query
        JOIN articles a ON a.ingested_seq = top.rowid
        ORDER BY top.score DESC, a.id;
        """;

    /// <inheritdoc/>
    /// <remarks>
    /// The query is FTS5 syntax (<c>nato AND summit</c>, <c>"foreign ministers"</c>, <c>antal*</c>); when it is not valid
    /// syntax (<c>NATO's "chief</c>, <c>foo AND</c>, <c>-bar</c>), each word is searched for as written instead.
    /// Only titles and body and heading paragraphs are indexed: boilerplate, captions and embeds are not. Relevance ranks
    /// the newest 1,000 matching articles (all of them when fewer match), so that a word found in most of the store costs
    /// no more than a rare one.
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
        command.Parameters.AddWithValue("$window", RankedWindow);

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
