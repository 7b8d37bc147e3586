using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Wiredesk.Cluster.Postgres;
using Wiredesk.Cluster.Tests.Support;

namespace Wiredesk.Cluster.Tests.Postgres;

public sealed class PostgresMembershipTableTests
{
    [Fact]
    public async Task A_row_is_inserted_once_and_moves_the_table_version()
    {
        await using var fixture = await Fixture.CreateAsync();
        var table = fixture.Table("cluster-a");
        await table.InitializeMembershipTable(true);
        var empty = await table.ReadAll();
        Assert.Empty(empty.Members);

        var entry = Entry(11111, 30000, SiloStatus.Joining);
        Assert.True(await table.InsertRow(entry, empty.Version.Next()));
        Assert.False(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));

        var after = await table.ReadAll();
        Assert.Equal(empty.Version.Version + 1, after.Version.Version);
        var (stored, _) = Assert.Single(after.Members);
        Assert.Equal(entry.SiloAddress, stored.SiloAddress);
        Assert.Equal(SiloStatus.Joining, stored.Status);
        Assert.Equal(30000, stored.ProxyPort);
    }

    [Fact]
    public async Task A_stale_table_version_or_row_etag_changes_nothing()
    {
        await using var fixture = await Fixture.CreateAsync();
        var table = fixture.Table("cluster-b");
        await table.InitializeMembershipTable(true);
        var start = await table.ReadAll();
        var first = Entry(11111, 30000, SiloStatus.Joining);
        Assert.True(await table.InsertRow(first, start.Version.Next()));
        Assert.False(await table.InsertRow(Entry(11112, 30001, SiloStatus.Joining), start.Version.Next()));

        var read = await table.ReadRow(first.SiloAddress);
        var (row, etag) = Assert.Single(read.Members);
        row.Status = SiloStatus.Active;
        Assert.True(await table.UpdateRow(row, etag, read.Version.Next()));

        row.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRow(row, etag, (await table.ReadAll()).Version.Next()));
        var now = await table.ReadAll();
        Assert.Equal(SiloStatus.Active, Assert.Single(now.Members).Item1.Status);
        Assert.Equal(start.Version.Version + 2, now.Version.Version);
    }

    [Fact]
    public async Task I_am_alive_is_written_alone_and_clusters_are_kept_apart()
    {
        await using var fixture = await Fixture.CreateAsync();
        var (one, other) = (fixture.Table("cluster-c"), fixture.Table("cluster-d"));
        await one.InitializeMembershipTable(true);
        await other.InitializeMembershipTable(true);
        var entry = Entry(11111, 30000, SiloStatus.Active);
        Assert.True(await one.InsertRow(entry, (await one.ReadAll()).Version.Next()));
        var before = await one.ReadAll();

        var alive = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        entry.IAmAliveTime = alive;
        await one.UpdateIAmAlive(entry);

        var after = await one.ReadAll();
        Assert.Equal(before.Version.Version, after.Version.Version);
        Assert.Equal(before.Members[0].Item2, after.Members[0].Item2);
        Assert.Equal(alive, after.Members[0].Item1.IAmAliveTime);
        Assert.Empty((await other.ReadAll()).Members);

        await one.DeleteMembershipTableEntries("cluster-c");
        await one.InitializeMembershipTable(true);
        Assert.Empty((await one.ReadAll()).Members);
    }

    [Fact]
    public async Task Clients_are_given_the_gateways_of_active_silos_only()
    {
        await using var fixture = await Fixture.CreateAsync();
        var table = fixture.Table("cluster-e");
        await table.InitializeMembershipTable(true);
        Assert.True(await table.InsertRow(Entry(11111, 30000, SiloStatus.Active), (await table.ReadAll()).Version.Next()));
        Assert.True(await table.InsertRow(Entry(11112, 30001, SiloStatus.Dead), (await table.ReadAll()).Version.Next()));
        Assert.True(await table.InsertRow(Entry(11113, 0, SiloStatus.Active), (await table.ReadAll()).Version.Next()));

        var gateways = await fixture.Gateways("cluster-e").GetGateways();
        var gateway = Assert.Single(gateways);
        Assert.Equal(30000, gateway.Port);

        var old = DateTimeOffset.UtcNow.AddYears(1);
        await table.CleanupDefunctSiloEntries(old);
        Assert.Equal(2, (await table.ReadAll()).Members.Count);
    }

    private static MembershipEntry Entry(int port, int gatewayPort, SiloStatus status) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 7),
        Status = status,
        ProxyPort = gatewayPort,
        HostName = "test-host",
        SiloName = "silo-" + port,
        StartTime = DateTime.UtcNow,
        IAmAliveTime = DateTime.UtcNow,
        SuspectTimes = [],
    };

    /// <summary>A throw-away database and the pieces the providers take, skipping the test without PostgreSQL.</summary>
    internal sealed class Fixture : IAsyncDisposable
    {
        private readonly PostgresCluster _server;
        private readonly ServiceProvider _services;

        private Fixture(PostgresCluster server)
        {
            _server = server;
            _services = new ServiceCollection().AddSerializer().BuildServiceProvider();
            Database = new ClusterDatabase(server.ConnectionString);
        }

        public ClusterDatabase Database { get; }

        public Serializer Serializer => _services.GetRequiredService<Serializer>();

        public static async Task<Fixture> CreateAsync()
        {
            if (PostgresCluster.Missing() is { } why)
            {
                Assert.Skip(why);
            }

            return new Fixture(await PostgresCluster.CreateAsync());
        }

        public PostgresMembershipTable Table(string clusterId) =>
            new(Database, Serializer, Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "service" }));

        public PostgresGatewayList Gateways(string clusterId) =>
            new(Database, Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "service" }), Options.Create(new GatewayOptions()));

        public PostgresGrainStorage Storage(string serviceId) =>
            new(Database, Serializer, Options.Create(new ClusterOptions { ClusterId = "cluster", ServiceId = serviceId }));

        public async ValueTask DisposeAsync()
        {
            await Database.DisposeAsync();
            await _services.DisposeAsync();
            await _server.DisposeAsync();
        }
    }
}
