using Microsoft.Data.Sqlite;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Text;

namespace Wiredesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    // The pairs the article takes part in on either side (two lookups, each by an index), then both sides and the
    // source resolved to the ids the articles are stored under now.
    private const string RelationsSql = """
        WITH mine (a_hash, b_hash) AS (
            SELECT r.a_hash, r.b_hash FROM articles me JOIN reuse_relations r ON r.a_hash = me.content_hash WHERE me.id = $id
            UNION
            SELECT r.a_hash, r.b_hash FROM articles me JOIN reuse_relations r ON r.b_hash = me.content_hash WHERE me.id = $id)
        SELECT r.a_hash, r.b_hash, a.id, b.id, r.kind, r.containment_a, r.containment_b, s.id
        FROM mine m
        JOIN reuse_relations r ON r.a_hash = m.a_hash AND r.b_hash = m.b_hash
        JOIN articles a ON a.content_hash = r.a_hash
        JOIN articles b ON b.content_hash = r.b_hash
        LEFT JOIN articles s ON s.content_hash = r.source_hash
        ORDER BY a.id, b.id;
        """;

    private const string PassagesSql = """
        SELECT a_start, a_length, b_start, b_length, words, score, is_quotation
        FROM reuse_passages WHERE a_hash = $a AND b_hash = $b ORDER BY ordinal;
        """;

    /// <inheritdoc/>
    /// <remarks>Relations come ordered by A's id, then B's; each keeps the orientation it was stored in. Read from one snapshot of the file.</remarks>
    public async Task<IReadOnlyList<ReuseRelation>> RelationsOfAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                var relations = new List<ReuseRelation>();
                using (var command = connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = RelationsSql;
                    command.Parameters.AddWithValue("$id", id);
                    using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
                            Passages = [],
                        });
                    }
                }

                using var passages = connection.CreateCommand();
                passages.Transaction = transaction;
                passages.CommandText = PassagesSql;
                for (var i = 0; i < relations.Count; i++)
                {
                    relations[i] = relations[i] with { Passages = await PassagesAsync(passages, relations[i], cancellationToken).ConfigureAwait(false) };
                }

                return relations;
            }
        }
    }

    private static async Task<IReadOnlyList<ReusePassage>> PassagesAsync(SqliteCommand command, ReuseRelation relation, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$a", relation.AKey);
        command.Parameters.AddWithValue("$b", relation.BKey);
        var passages = new List<ReusePassage>();
        using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            passages.Add(new ReusePassage(
                new TextSpan(r.GetInt32(0), r.GetInt32(1)),
                new TextSpan(r.GetInt32(2), r.GetInt32(3)),
                r.GetInt32(4),
                r.GetDouble(5),
                r.GetBoolean(6)));
        }

        return passages;
    }
}
