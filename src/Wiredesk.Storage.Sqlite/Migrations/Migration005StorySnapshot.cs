namespace Wiredesk.Storage.Sqlite.Migrations;

/// <summary>
/// The story clusterer saved after an analysis (one row at most): the placements it holds (their count and newest
/// number), the code and options that made it, and its bytes.
/// </summary>
internal static class Migration005StorySnapshot
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(5, "story snapshot", """
        CREATE TABLE story_snapshot (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            placement_count INTEGER NOT NULL,
            placement_last INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            data BLOB NOT NULL
        );
        """);
}
