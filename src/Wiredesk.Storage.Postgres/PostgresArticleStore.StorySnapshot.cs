using Npgsql;
using NpgsqlTypes;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

/// <summary>The story clusterer saved after an analysis.</summary>
public sealed partial class PostgresArticleStore
{
    /// <inheritdoc/>
    public async Task<StorySnapshot?> StorySnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand("SELECT placement_count, placement_last, fingerprint, data FROM story_snapshot WHERE id = 1;", connection);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return new StorySnapshot(new PlacementMark(reader.GetInt64(0), reader.GetInt64(1)), reader.GetString(2), reader.GetFieldValue<byte[]>(3));
            }
        }
    }

    /// <inheritdoc/>
    public async Task SaveStorySnapshotAsync(StorySnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO story_snapshot (id, placement_count, placement_last, fingerprint, data)
                VALUES (1, @count, @last, @fingerprint, @data)
                ON CONFLICT (id) DO UPDATE SET
                    placement_count = excluded.placement_count, placement_last = excluded.placement_last,
                    fingerprint = excluded.fingerprint, data = excluded.data;
                """, connection);
            command.Parameters.AddWithValue("count", snapshot.Mark.Count);
            command.Parameters.AddWithValue("last", snapshot.Mark.Last);
            command.Parameters.AddWithValue("fingerprint", snapshot.Fingerprint);
            command.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea) { Value = snapshot.DataArray() });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
