namespace Wiredesk.Storage.Postgres.Migrations;

/// <summary>
/// Placements found by document id: what a report asks for the stories of the articles it just analysed, without
/// reading every story.
/// </summary>
internal static class Migration006StoryMembersByDocument
{
    /// <summary>The migration.</summary>
    public static Migration Value { get; } = new(6, "story members by document", """
        CREATE INDEX story_members_by_document ON story_members (document_id);
        """);
}
