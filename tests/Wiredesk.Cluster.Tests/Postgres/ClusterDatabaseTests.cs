using Npgsql;
using Wiredesk.Cluster.Postgres;
using Wiredesk.Cluster.Tests.Support;

namespace Wiredesk.Cluster.Tests.Postgres;

public sealed class ClusterDatabaseTests
{
    [Fact]
    public async Task A_database_that_could_not_be_reached_at_first_is_tried_again_on_the_next_use()
    {
        if (PostgresCluster.Missing() is { } why)
        {
            Assert.Skip(why);
        }

        var token = TestContext.Current.CancellationToken;
        var server = Environment.GetEnvironmentVariable("WIREDESK_TEST_PG")!;
        var name = "wiredesk_late_" + Guid.NewGuid().ToString("N");
        await using var database = new ClusterDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString);
        await Assert.ThrowsAsync<PostgresException>(() => database.OpenAsync(token));

        await ExecuteAsync(server, $"CREATE DATABASE {name}", token);
        try
        {
            var connection = await database.OpenAsync(token);
            await using (connection)
            {
                using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'wiredesk_%'", connection);
                Assert.Equal(3L, await tables.ExecuteScalarAsync(token));
            }
        }
        finally
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken token)
    {
        var admin = new NpgsqlConnection(server);
        await using (admin)
        {
            await admin.OpenAsync(token);
            using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync(token);
        }
    }
}
