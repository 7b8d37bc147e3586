using Npgsql;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    // Title lexemes (weight A) count twice as much as body lexemes (B): ts_rank takes the weights of D, C, B and A.
    // The snippet comes from the body when the body matches, else from the title; it is computed for the hits only.
    private const string SearchSql = """
        WITH query AS (SELECT websearch_to_tsquery('wiredesk_search', @query) AS q),
        hits AS (
            SELECT a.id, a.title, f.body, f.document, ts_rank('{0.1, 0.2, 0.5, 1.0}', f.document, query.q) AS score
            FROM query, articles_fts f JOIN articles a ON a.ingested_seq = f.ingested_seq
            WHERE f.document @@ query.q
            ORDER BY score DESC, a.id
            LIMIT @limit)
        SELECT hits.id, hits.title,
               ts_headline('wiredesk_search',
                   CASE WHEN ts_filter(hits.document, '{b}') @@ query.q THEN hits.body ELSE coalesce(hits.title, '') END,
                   query.q,
                   'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "'),
               hits.score
        FROM hits, query
        ORDER BY hits.score DESC, hits.id;
        """;

    /// <inheritdoc/>
    /// <remarks>
    /// The query is web-search syntax (<c>"foreign ministers"</c>, <c>nato or summit</c>, <c>hague -ukraine</c>), and
    /// FTS5's <c>AND</c> and <c>NOT</c> work as in the SQLite store; any text is a valid query (prefix searches such as
    /// <c>antal*</c> are not supported: the word is searched as written). Words are matched as written, lower-cased and
    /// without diacritics, not stemmed. Only titles and body and heading paragraphs are indexed.
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
            using var command = new NpgsqlCommand(SearchSql, connection);
            command.Parameters.Add(P("query", WebSearchQuery.From(query)));
            command.Parameters.Add(P("limit", limit));
            var hits = new List<SearchHit>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    hits.Add(new SearchHit(
                        reader.GetString(0),
                        reader.IsDBNull(1) ? null : reader.GetString(1),
                        reader.IsDBNull(2) ? string.Empty : reader.GetString(2),
                        reader.GetFloat(3)));
                }
            }

            return hits;
        }
    }
}
