using Npgsql;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Text;

namespace Wiredesk.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    // The pairs the article takes part in on either side, both sides and the source resolved to the ids the articles
    // are stored under now, and the passages gathered into one JSON array per pair: one statement, one snapshot.
    private const string RelationsSql = """
        WITH mine (a_hash, b_hash) AS (
            SELECT r.a_hash, r.b_hash FROM articles me JOIN reuse_relations r ON r.a_hash = me.content_hash WHERE me.id = @id
            UNION
            SELECT r.a_hash, r.b_hash FROM articles me JOIN reuse_relations r ON r.b_hash = me.content_hash WHERE me.id = @id)
        SELECT r.a_hash, r.b_hash, a.id, b.id, r.kind, r.containment_a, r.containment_b, s.id,
               (SELECT coalesce(json_agg(json_build_array(p.a_start, p.a_length, p.b_start, p.b_length, p.words, p.score, p.is_quotation)
                                ORDER BY p.ordinal), '[]')::text
                FROM reuse_passages p WHERE p.a_hash = r.a_hash AND p.b_hash = r.b_hash)
        FROM mine m
        JOIN reuse_relations r ON r.a_hash = m.a_hash AND r.b_hash = m.b_hash
        JOIN articles a ON a.content_hash = r.a_hash
        JOIN articles b ON b.content_hash = r.b_hash
        LEFT JOIN articles s ON s.content_hash = r.source_hash
        ORDER BY a.id, b.id;
        """;

    /// <inheritdoc/>
    /// <remarks>Relations come ordered by A's id, then B's; each keeps the orientation it was stored in.</remarks>
    public async Task<IReadOnlyList<ReuseRelation>> RelationsOfAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand(RelationsSql, connection);
            command.Parameters.Add(P("id", id));
            var relations = new List<ReuseRelation>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    relations.Add(new ReuseRelation
                    {
                        AKey = reader.GetString(0),
                        BKey = reader.GetString(1),
                        A = reader.GetString(2),
                        B = reader.GetString(3),
                        Kind = StoredNames.ToReuseKind(reader.GetString(4)),
                        ContainmentA = reader.GetDouble(5),
                        ContainmentB = reader.GetDouble(6),
                        Source = reader.IsDBNull(7) ? null : reader.GetString(7),
                        Passages = Passages(reader.GetString(8)),
                    });
                }
            }

            return relations;
        }
    }

    private static List<ReusePassage> Passages(string json)
    {
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        return [.. parsed.RootElement.EnumerateArray().Select(p => new ReusePassage(
            new TextSpan(p[0].GetInt32(), p[1].GetInt32()),
            new TextSpan(p[2].GetInt32(), p[3].GetInt32()),
            p[4].GetInt32(),
            p[5].GetDouble(),
            p[6].GetBoolean()))];
    }
}
