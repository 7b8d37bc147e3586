using Npgsql;
using Orleans.TestingHost;
using Wiredesk.Cluster.Hosting;
using Wiredesk.Cluster.Postgres;

namespace Wiredesk.Cluster.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL database for clusters whose membership and grain state live there (the providers create
/// their tables). Needs WIREDESK_TEST_PG (a superuser connection string); says so when it is missing.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private const string Setting = "WiredeskTestPostgres";
    private readonly string _server;
    private readonly string _database = "wiredesk_cluster_" + Guid.NewGuid().ToString("N");

    private PostgresCluster(string server) => _server = server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database, Pooling = true }.ConnectionString;

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public static string? Missing() =>
        Environment.GetEnvironmentVariable("WIREDESK_TEST_PG") is not { Length: > 0 } ? "WIREDESK_TEST_PG is not set: no PostgreSQL server to test against" : null;

    public static async Task<PostgresCluster> CreateAsync()
    {
        var token = TestContext.Current.CancellationToken;
        var database = new PostgresCluster(Environment.GetEnvironmentVariable("WIREDESK_TEST_PG")!);
        var admin = new NpgsqlConnection(database._server);
        await using (admin)
        {
            await admin.OpenAsync(token);
            using var create = new NpgsqlCommand($"CREATE DATABASE {database._database}", admin);
            await create.ExecuteNonQueryAsync(token);
        }
        return database;
    }

    /// <summary>Starts silos that find each other through the database and keep grain state there, under <paramref name="serviceId"/>.</summary>
    public async Task<TestCluster> StartAsync(int silos, string serviceId)
    {
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ServiceId = serviceId;
        builder.Properties[Setting] = ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        builder.AddClientBuilderConfigurator<ClientSetup>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnection(_server);
        await using (admin)
        {
            await admin.OpenAsync();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var postgres = siloBuilder.Configuration[Setting];
            siloBuilder.UsePostgresCluster(postgres!);
            siloBuilder.Services.AddWiredeskSerialization();
        }
    }

    private sealed class ClientSetup : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder)
        {
            clientBuilder.UsePostgresCluster(configuration[Setting]!);
            clientBuilder.Services.AddWiredeskSerialization();
        }
    }
}
