namespace Wiredesk.Storage.Postgres.Migrations;

/// <summary>
/// The story clusterer saved after an analysis, as in the SQLite store (one row at most): the placements it holds, the
/// code and options that made it, and its bytes.
/// </summary>
internal static class Migration005StorySnapshot
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(5, "story snapshot", """
        CREATE TABLE story_snapshot (
            id integer NOT NULL PRIMARY KEY CHECK (id = 1),
            placement_count bigint NOT NULL,
            placement_last bigint NOT NULL,
            fingerprint text NOT NULL,
            data bytea NOT NULL
        );
        """);
}
