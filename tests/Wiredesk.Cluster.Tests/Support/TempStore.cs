using Microsoft.Data.Sqlite;
using Wiredesk.Core.Documents;
using Wiredesk.Storage.Sqlite;

namespace Wiredesk.Cluster.Tests.Support;

/// <summary>A SQLite store on a fresh file in a temp folder, filled with given articles; deleted on dispose.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wiredesk-cluster-tests", Guid.NewGuid().ToString("N"));

    public SqliteArticleStore Store { get; private set; } = null!;

    public static async Task<TempStore> WithAsync(IReadOnlyList<Document> articles)
    {
        var temp = new TempStore();
        Directory.CreateDirectory(temp._folder);
        temp.Store = await SqliteArticleStore.OpenAsync(Path.Combine(temp._folder, "wiredesk.db"), TestContext.Current.CancellationToken);
        foreach (var batch in articles.Chunk(500))
        {
            await temp.Store.SaveAsync(batch, TestContext.Current.CancellationToken);
        }

        return temp;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
