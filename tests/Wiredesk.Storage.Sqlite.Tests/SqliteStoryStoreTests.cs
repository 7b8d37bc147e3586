using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

/// <summary>The StoryStore contract on a SQLite file.</summary>
public sealed class SqliteStoryStoreTests : StoryStoreContract
{
    protected override StoreHarness CreateHarness() => new SqliteHarness();
}
