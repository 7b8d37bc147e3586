using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Postgres.Tests.Support;

namespace Wiredesk.Storage.Postgres.Tests;

/// <summary>The StoreProcesses contract on a PostgreSQL database (skipped unless WIREDESK_TEST_PG is set).</summary>
public sealed class PostgresArticleStoreProcessesTests : StoreProcessesContract
{
    protected override StoreHarness CreateHarness() => new PostgresHarness();
}
