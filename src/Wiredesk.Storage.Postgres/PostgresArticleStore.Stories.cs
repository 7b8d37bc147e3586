using System.Globalization;
using System.Text.Json;
using Npgsql;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;

namespace Wiredesk.Storage.Postgres;

/// <summary>The story stage's placements and story records.</summary>
public sealed partial class PostgresArticleStore : IStoryStore
{
    private const string StoryColumns = "id, title, first, last, documents, sources, source_count, independent_sources, copies";

    // Placements get their seq in the order given (the rows reach the insert sorted by their position); those of articles
    // no longer stored, or placed already, are skipped.
    private const string InsertPlacementsSql = """
        INSERT INTO story_members (content_hash, document_id, story_id, copy_of)
        SELECT u.hash, u.id, u.story, u.copy
        FROM unnest(@hashes::text[], @ids::text[], @stories::text[], @copies::text[]) WITH ORDINALITY AS u (hash, id, story, copy, n)
        WHERE EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = u.hash)
        ORDER BY u.n
        ON CONFLICT (content_hash) DO NOTHING;
        """;

    private const string UpsertStorySql = $"""
        INSERT INTO stories ({StoryColumns}) VALUES (@id, @title, @first, @last, @documents, @sources, @source_count, @independent, @copies)
        ON CONFLICT (id) DO UPDATE SET
            title = excluded.title, first = excluded.first, last = excluded.last, documents = excluded.documents,
            sources = excluded.sources, source_count = excluded.source_count,
            independent_sources = excluded.independent_sources, copies = excluded.copies;
        """;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoryPlacement>> PlacementsAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand("SELECT content_hash, document_id, story_id, copy_of FROM story_members ORDER BY seq;", connection);
            var placements = new List<StoryPlacement>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    placements.Add(new StoryPlacement(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
                }
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
            using var command = new NpgsqlCommand("SELECT count(*), coalesce(max(seq), 0) FROM story_members;", connection);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new PlacementMark(reader.GetInt64(0), reader.GetInt64(1));
            }
        }
    }

    /// <inheritdoc/>
    public async Task<long> PlacementsUpToAsync(long last, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand("SELECT count(*) FROM story_members WHERE seq <= @last;", connection);
            command.Parameters.AddWithValue("last", last);
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
    /// <remarks>The placed articles are locked against deletion (<c>FOR KEY SHARE</c>) for the transaction, so a placement is never of an article a concurrent save has just replaced.</remarks>
    public async Task SaveStoriesAsync(IReadOnlyList<StoryPlacement> placements, IReadOnlyList<(string From, string Into)> merges, IReadOnlyList<Story> stories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(merges);
        ArgumentNullException.ThrowIfNull(stories);
        cancellationToken.ThrowIfCancellationRequested();
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                await LockArticlesAsync(connection, transaction, [.. placements.Select(p => p.ContentHash).Distinct(StringComparer.Ordinal)], cancellationToken)
                    .ConfigureAwait(false);
                using var write = new NpgsqlBatch(connection, transaction);
                write.BatchCommands.Add(new NpgsqlBatchCommand(InsertPlacementsSql)
                {
                    Parameters =
                    {
                        P("hashes", placements.Select(p => p.ContentHash).ToArray()),
                        P("ids", placements.Select(p => p.DocumentId).ToArray()),
                        P("stories", placements.Select(p => p.StoryId).ToArray()),
                        P("copies", placements.Select(p => p.CopyOf).ToArray()),
                    },
                });
                foreach (var (from, into) in merges)
                {
                    write.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE story_members SET story_id = @into WHERE story_id = @from;") { Parameters = { P("into", into), P("from", from) } });
                    write.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM stories WHERE id = @from;") { Parameters = { P("from", from) } });
                    // Stories merged into the merged one now lead to the survivor too: every id is one step from its story.
                    write.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE story_merges SET into_id = @into WHERE into_id = @from;") { Parameters = { P("into", into), P("from", from) } });
                    write.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO story_merges (from_id, into_id) VALUES (@from, @into) ON CONFLICT (from_id) DO UPDATE SET into_id = EXCLUDED.into_id;")
                    {
                        Parameters = { P("from", from), P("into", into) },
                    });
                }

                foreach (var story in stories)
                {
                    write.BatchCommands.Add(new NpgsqlBatchCommand(UpsertStorySql)
                    {
                        Parameters =
                        {
                            P("id", story.Id),
                            P("title", story.Title),
                            P("first", Time(story.First)),
                            P("last", Time(story.Last)),
                            P("documents", JsonSerializer.Serialize(story.Documents)),
                            P("sources", JsonSerializer.Serialize(story.Sources)),
                            P("source_count", story.SourceCount),
                            P("independent", story.IndependentSources),
                            P("copies", JsonSerializer.Serialize(story.Copies)),
                        },
                    });
                }

                cancellationToken.ThrowIfCancellationRequested();
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            },
            retryOnUniqueViolation: false,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Story>> StoriesAsync(CancellationToken cancellationToken) =>
        ReadStoriesAsync($"SELECT {StoryColumns} FROM stories ORDER BY last DESC NULLS LAST, id;", null, cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Story>> NewestStoriesAsync(int count, CancellationToken cancellationToken) =>
        count <= 0 ? [] : await ReadStoriesAsync($"SELECT {StoryColumns} FROM stories ORDER BY last DESC NULLS LAST, id LIMIT @count;", command => command.Parameters.Add(new NpgsqlParameter<int>("count", count)), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Story>> StoriesOfAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        return documentIds.Count == 0 ? [] : await ReadStoriesAsync($"""
            SELECT {StoryColumns} FROM stories
            WHERE id IN (SELECT story_id FROM story_members WHERE document_id = ANY(@ids))
            ORDER BY last DESC NULLS LAST, id;
            """, command => command.Parameters.Add(new NpgsqlParameter<string[]>("ids", [.. documentIds])), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<Story?> StoryAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadStoriesAsync($"""
            SELECT {StoryColumns} FROM stories WHERE id = @id
            UNION ALL
            SELECT {StoryColumns} FROM stories
            WHERE id = (SELECT into_id FROM story_merges WHERE from_id = @id) AND NOT EXISTS (SELECT 1 FROM stories WHERE id = @id);
            """, command => command.Parameters.Add(P("id", id)), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<IReadOnlyList<Story>> ReadStoriesAsync(string sql, Action<NpgsqlCommand>? bind, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand(sql, connection);
            bind?.Invoke(command);

            var stories = new List<Story>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
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
            }

            return stories;
        }
    }

    private static string[] Strings(NpgsqlDataReader reader, int column) =>
        JsonSerializer.Deserialize<string[]>(reader.GetString(column)) ?? [];

    private static string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
