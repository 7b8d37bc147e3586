namespace Wiredesk.Storage.Sqlite.Migrations;

/// <summary>
/// Where merged stories went: one row per story id that was merged into another, pointing at the story that holds its
/// members now (chains are kept collapsed), so that a link to a merged story still leads to its articles.
/// </summary>
internal static class Migration004StoryMerges
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(4, "story merges", """
        CREATE TABLE story_merges (
            from_id TEXT NOT NULL PRIMARY KEY,
            into_id TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE INDEX story_merges_by_into ON story_merges (into_id);
        """);
}
