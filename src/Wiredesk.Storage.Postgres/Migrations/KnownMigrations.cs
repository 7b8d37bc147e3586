namespace Wiredesk.Storage.Postgres.Migrations;

/// <summary>Every migration this code knows, in version order. Append new ones; never edit one that has shipped.</summary>
internal static class KnownMigrations
{
    /// <summary>The migrations, oldest first.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        Migration001InitialSchema.Value,
        Migration002ReuseIndex.Value,
        Migration003Stories.Value,
        Migration004StoryMerges.Value,
        Migration005StorySnapshot.Value,
        Migration006StoryMembersByDocument.Value,
    ];

    /// <summary>The newest schema version this code can read and write.</summary>
    public static int Latest => All[^1].Version;
}
