namespace Wiredesk.Storage.Postgres.Migrations;

/// <summary>One step of the store's schema, applied once, in its own transaction, in version order.</summary>
/// <param name="Version">The schema version this step brings the database to; the same numbering as the SQLite store's.</param>
/// <param name="Name">A short description, kept in <c>schema_migrations</c>.</param>
/// <param name="Sql">The statements to run.</param>
internal sealed record Migration(int Version, string Name, string Sql);
