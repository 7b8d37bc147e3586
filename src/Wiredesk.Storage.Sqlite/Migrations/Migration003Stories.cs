namespace Wiredesk.Storage.Sqlite.Migrations;

/// <summary>
/// Stories: one placement per stored article (in placement order, so the clusterer can be rebuilt exactly) and one row
/// per story with what the report shows. A placement goes with its article (<c>ON DELETE CASCADE</c>), so a replaced
/// article is placed again. List-valued columns hold JSON arrays.
/// </summary>
internal static class Migration003Stories
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(3, "stories", """
        CREATE TABLE story_members (
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            content_hash TEXT NOT NULL UNIQUE REFERENCES articles (content_hash) ON DELETE CASCADE,
            document_id  TEXT NOT NULL,
            story_id     TEXT NOT NULL,
            copy_of      TEXT
        );

        CREATE INDEX story_members_by_story ON story_members (story_id);

        CREATE TABLE stories (
            id                  TEXT    NOT NULL PRIMARY KEY,
            title               TEXT,
            first               TEXT,
            last                TEXT,
            documents           TEXT    NOT NULL,
            sources             TEXT    NOT NULL,
            source_count        INTEGER NOT NULL,
            independent_sources INTEGER NOT NULL,
            copies              TEXT    NOT NULL
        ) WITHOUT ROWID;

        CREATE INDEX stories_by_last ON stories (last);
        """);
}
