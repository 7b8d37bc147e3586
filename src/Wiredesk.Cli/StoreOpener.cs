using Wiredesk.Core.Storage;
using Wiredesk.Storage.Postgres;
using Wiredesk.Storage.Sqlite;

namespace Wiredesk.Cli;

/// <summary>
/// Opens the store named by <c>--db</c>: a PostgreSQL database when it is a <c>postgres://</c> (or <c>postgresql://</c>)
/// URI or an Npgsql connection string with a host (<c>Host=…;Database=…</c>), else a SQLite file path (the default,
/// <c>wiredesk.db</c>).
/// </summary>
internal static class StoreOpener
{
    public const string DefaultPath = "wiredesk.db";

    public static async Task<IArticleStore> OpenAsync(string db, CancellationToken cancellationToken) =>
        PostgresConnectionString.Names(db)
            ? await PostgresArticleStore.OpenAsync(db, cancellationToken).ConfigureAwait(false)
            : await SqliteArticleStore.OpenAsync(db, cancellationToken).ConfigureAwait(false);

    /// <summary>How to name the store in messages: the file path, or the database without its password.</summary>
    public static string Describe(string db)
    {
        if (!PostgresConnectionString.Names(db))
        {
            return db;
        }

        try
        {
            return PostgresConnectionString.Describe(PostgresConnectionString.Parse(db));
        }
        catch (ArgumentException)
        {
            return "the PostgreSQL database given";
        }
    }
}
