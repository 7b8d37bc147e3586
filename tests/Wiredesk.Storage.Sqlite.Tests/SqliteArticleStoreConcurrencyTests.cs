using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

/// <summary>The StoreConcurrency contract on a SQLite file.</summary>
public sealed class SqliteArticleStoreConcurrencyTests : StoreConcurrencyContract
{
    protected override StoreHarness CreateHarness() => new SqliteHarness();
}
