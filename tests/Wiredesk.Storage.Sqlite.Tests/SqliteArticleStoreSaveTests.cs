using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

/// <summary>The ArticleStoreSave contract on a SQLite file.</summary>
public sealed class SqliteArticleStoreSaveTests : ArticleStoreSaveContract
{
    protected override StoreHarness CreateHarness() => new SqliteHarness();
}
