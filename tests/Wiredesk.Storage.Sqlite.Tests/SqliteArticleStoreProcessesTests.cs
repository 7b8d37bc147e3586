using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

/// <summary>The StoreProcesses contract on a SQLite file.</summary>
public sealed class SqliteArticleStoreProcessesTests : StoreProcessesContract
{
    protected override StoreHarness CreateHarness() => new SqliteHarness();
}
