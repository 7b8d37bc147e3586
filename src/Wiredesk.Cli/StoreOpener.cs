using Wiredesk.Core.Storage;
using Wiredesk.Storage.Sqlite;

namespace Wiredesk.Cli;

/// <summary>Opens the store named by <c>--db</c>: a SQLite file path (the default, <c>wiredesk.db</c>).</summary>
internal static class StoreOpener
{
    public const string DefaultPath = "wiredesk.db";

    public static async Task<IArticleStore> OpenAsync(string db, CancellationToken cancellationToken) =>
        await SqliteArticleStore.OpenAsync(db, cancellationToken).ConfigureAwait(false);
}
