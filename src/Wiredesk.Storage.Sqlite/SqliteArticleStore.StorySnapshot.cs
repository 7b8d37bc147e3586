using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Sqlite;

/// <summary>The story clusterer saved after an analysis.</summary>
public sealed partial class SqliteArticleStore
{
    /// <inheritdoc/>
    public async Task<StorySnapshot?> StorySnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT placement_count, placement_last, fingerprint, data FROM story_snapshot WHERE id = 1;";
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return new StorySnapshot(new PlacementMark(reader.GetInt64(0), reader.GetInt64(1)), reader.GetString(2), (byte[])reader.GetValue(3));
        }
    }

    /// <inheritdoc/>
    public async Task SaveStorySnapshotAsync(StorySnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO story_snapshot (id, placement_count, placement_last, fingerprint, data)
                VALUES (1, $count, $last, $fingerprint, $data);
                """;
            command.Parameters.AddWithValue("$count", snapshot.Mark.Count);
            command.Parameters.AddWithValue("$last", snapshot.Mark.Last);
            command.Parameters.AddWithValue("$fingerprint", snapshot.Fingerprint);
            command.Parameters.AddWithValue("$data", snapshot.DataArray());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
