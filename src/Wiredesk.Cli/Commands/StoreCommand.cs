using Microsoft.Data.Sqlite;
using Npgsql;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Commands;

/// <summary>Runs a command's work against the opened store, turning a store that cannot be opened into a clear error.</summary>
internal static class StoreCommand
{
    public static async Task<int> WithStoreAsync(string db, CliConsole console, Func<IArticleStore, Task<int>> work, CancellationToken cancellationToken)
    {
        IArticleStore store;
        try
        {
            store = await StoreOpener.OpenAsync(db, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SqliteException or NpgsqlException or InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            await console.Error.WriteLineAsync($"{StoreOpener.Describe(db)}: error: the store could not be opened: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.StoreFailed;
        }

        await using (store.ConfigureAwait(false))
        {
            return await work(store).ConfigureAwait(false);
        }
    }
}
