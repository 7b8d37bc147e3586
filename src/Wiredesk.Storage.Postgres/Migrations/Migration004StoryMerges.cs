namespace Wiredesk.Storage.Postgres.Migrations;

/// <summary>
/// Where merged stories went, as in the SQLite store: one row per story id that was merged into another, pointing at
/// the story that holds its members now (chains are kept collapsed).
/// </summary>
internal static class Migration004StoryMerges
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(4, "story merges", """
        CREATE TABLE story_merges (
            from_id text COLLATE "C" NOT NULL PRIMARY KEY,
            into_id text COLLATE "C" NOT NULL
        );

        CREATE INDEX story_merges_by_into ON story_merges (into_id);
        """);
}
