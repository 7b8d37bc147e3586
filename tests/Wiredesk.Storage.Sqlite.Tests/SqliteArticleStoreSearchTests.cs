using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

/// <summary>The search contract on a SQLite file, and the FTS5 syntax only SQLite understands.</summary>
public sealed class SqliteArticleStoreSearchTests : ArticleStoreSearchContract
{
    [Fact]
    public async Task Search_understands_fts5_prefix_queries()
    {
        Assert.Equal(["air-defence", "grain"], (await Store.SearchAsync("Ukrain* OR grain", 10, Ct)).Select(h => h.Id).Order());
    }

    protected override StoreHarness CreateHarness() => new SqliteHarness();
}
