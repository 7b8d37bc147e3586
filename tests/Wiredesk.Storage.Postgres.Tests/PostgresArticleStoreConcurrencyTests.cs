using Wiredesk.Storage.Contract;
using Wiredesk.Storage.Postgres.Tests.Support;

namespace Wiredesk.Storage.Postgres.Tests;

/// <summary>The StoreConcurrency contract on a PostgreSQL database (skipped unless WIREDESK_TEST_PG is set).</summary>
public sealed class PostgresArticleStoreConcurrencyTests : StoreConcurrencyContract
{
    protected override StoreHarness CreateHarness() => new PostgresHarness();
}
