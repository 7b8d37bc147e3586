using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;

namespace Wiredesk.Storage.Sqlite;

/// <summary>The story stage's placements and story records.</summary>
public sealed partial class SqliteArticleStore : IStoryStore
{
    private const string StoryColumns = "id, title, first, last, documents, sources, source_count, independent_sources, copies";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoryPlacement>> PlacementsAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT content_hash, document_id, story_id, copy_of FROM story_members ORDER BY seq;";
            var placements = new List<StoryPlacement>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                placements.Add(new StoryPlacement(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }

            return placements;
        }
    }

    /// <inheritdoc/>
    public async Task<PlacementMark> PlacementMarkAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*), coalesce(max(seq), 0) FROM story_members;";
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new PlacementMark(reader.GetInt64(0), reader.GetInt64(1));
        }
    }

    /// <inheritdoc/>
    public async Task<long> PlacementsUpToAsync(long last, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM story_members WHERE seq <= $last;";
            command.Parameters.AddWithValue("$last", last);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> PendingStoriesAsync(CancellationToken cancellationToken) =>
        StringsAsync("""
            SELECT a.content_hash FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.content_hash = a.content_hash)
            ORDER BY a.ingested_seq;
            """, cancellationToken);

    /// <inheritdoc/>
    public async Task SaveStoriesAsync(IReadOnlyList<StoryPlacement> placements, IReadOnlyList<(string From, string Into)> merges, IReadOnlyList<Story> stories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(merges);
        ArgumentNullException.ThrowIfNull(stories);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                using (var insert = SqlCommands.Command(connection, transaction, """
                    INSERT INTO story_members (content_hash, document_id, story_id, copy_of)
                    SELECT $hash, $id, $story, $copy WHERE EXISTS (SELECT 1 FROM articles WHERE content_hash = $hash)
                    ON CONFLICT (content_hash) DO NOTHING;
                    """))
                {
                    foreach (var placement in placements)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await SqlCommands.ExecuteAsync(insert, cancellationToken, ("$hash", placement.ContentHash), ("$id", placement.DocumentId), ("$story", placement.StoryId), ("$copy", placement.CopyOf)).ConfigureAwait(false);
                    }
                }

                using (var move = SqlCommands.Command(connection, transaction, "UPDATE story_members SET story_id = $into WHERE story_id = $from;"))
                using (var drop = SqlCommands.Command(connection, transaction, "DELETE FROM stories WHERE id = $from;"))
                using (var remember = SqlCommands.Command(connection, transaction, MergeSql))
                {
                    foreach (var (from, into) in merges)
                    {
                        await SqlCommands.ExecuteAsync(move, cancellationToken, ("$into", into), ("$from", from)).ConfigureAwait(false);
                        await SqlCommands.ExecuteAsync(drop, cancellationToken, ("$from", from)).ConfigureAwait(false);
                        await SqlCommands.ExecuteAsync(remember, cancellationToken, ("$into", into), ("$from", from)).ConfigureAwait(false);
                    }
                }

                using (var upsert = SqlCommands.Command(connection, transaction, $"INSERT OR REPLACE INTO stories ({StoryColumns}) VALUES ($id, $title, $first, $last, $documents, $sources, $source_count, $independent, $copies);"))
                {
                    foreach (var story in stories)
                    {
                        await SqlCommands.ExecuteAsync(upsert, cancellationToken,
                            ("$id", story.Id), ("$title", story.Title), ("$first", Time(story.First)), ("$last", Time(story.Last)),
                            ("$documents", JsonSerializer.Serialize(story.Documents)), ("$sources", JsonSerializer.Serialize(story.Sources)), ("$source_count", story.SourceCount),
                            ("$independent", story.IndependentSources), ("$copies", JsonSerializer.Serialize(story.Copies))).ConfigureAwait(false);
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Story>> StoriesAsync(CancellationToken cancellationToken) =>
        await ReadStoriesAsync($"SELECT {StoryColumns} FROM stories ORDER BY last DESC, id;", null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Story>> NewestStoriesAsync(int count, CancellationToken cancellationToken) =>
        count <= 0 ? [] : await ReadStoriesAsync($"SELECT {StoryColumns} FROM stories ORDER BY last DESC, id LIMIT $count;", command => command.Parameters.AddWithValue("$count", count), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Story>> StoriesOfAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        return documentIds.Count == 0 ? [] : await ReadStoriesAsync($"""
            SELECT {StoryColumns} FROM stories
            WHERE id IN (SELECT story_id FROM story_members WHERE document_id IN (SELECT value FROM json_each($ids)))
            ORDER BY last DESC, id;
            """, command => command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(documentIds)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<Story?> StoryAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadStoriesAsync($"""
            SELECT {StoryColumns} FROM stories WHERE id = $id
            UNION ALL
            SELECT {StoryColumns} FROM stories
            WHERE id = (SELECT into_id FROM story_merges WHERE from_id = $id) AND NOT EXISTS (SELECT 1 FROM stories WHERE id = $id);
            """, command => command.Parameters.AddWithValue("$id", id), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    // Stories merged into the merged one now lead to the survivor too, so that every id is one step from its story.
    private const string MergeSql = """
        UPDATE story_merges SET into_id = $into WHERE into_id = $from;
        INSERT OR REPLACE INTO story_merges (from_id, into_id) VALUES ($from, $into);
        """;

    private async Task<IReadOnlyList<Story>> ReadStoriesAsync(string sql, Action<SqliteCommand>? bind, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind?.Invoke(command);

            var stories = new List<Story>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stories.Add(new Story(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    Strings(reader, 4),
                    ParseTime(reader, 2),
                    ParseTime(reader, 3),
                    Strings(reader, 5),
                    reader.GetInt32(6),
                    reader.GetInt32(7),
                    Strings(reader, 8)));
            }

            return stories;
        }
    }

    private static string[] Strings(SqliteDataReader reader, int column) =>
        JsonSerializer.Deserialize<string[]>(reader.GetString(column)) ?? [];

    private static string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
