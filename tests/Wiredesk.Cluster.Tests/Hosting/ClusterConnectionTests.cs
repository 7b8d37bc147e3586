using Wiredesk.Cluster.Hosting;

namespace Wiredesk.Cluster.Tests.Hosting;

public sealed class ClusterConnectionTests
{
    [Fact]
    public void Localhost_alone_uses_the_first_silos_gateway()
    {
        var connection = ClusterConnection.Parse("localhost");
        Assert.Null(connection.Postgres);
        Assert.Equal([30000], connection.GatewayPorts);
    }

    [Fact]
    public void Localhost_with_ports_lists_each_gateway()
    {
        Assert.Equal([30000, 30001, 30002], ClusterConnection.Parse("localhost:30000, 30001,30002").GatewayPorts);
    }

    [Fact]
    public void A_connection_string_puts_the_cluster_in_PostgreSQL()
    {
        var connection = ClusterConnection.Parse("Host=db;Database=wiredesk;Username=wd");
        Assert.Equal("Host=db;Database=wiredesk;Username=wd", connection.Postgres);
        Assert.Empty(connection.GatewayPorts);
    }

    [Fact]
    public void Anything_else_is_refused()
    {
        Assert.Throws<FormatException>(() => ClusterConnection.Parse("cluster-one"));
    }
}
