using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

/// <summary>The ArticleStoreRead contract on a SQLite file.</summary>
public sealed class SqliteArticleStoreReadTests : ArticleStoreReadContract
{
    protected override StoreHarness CreateHarness() => new SqliteHarness();
}
