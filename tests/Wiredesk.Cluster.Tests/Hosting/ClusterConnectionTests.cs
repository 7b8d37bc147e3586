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
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection.Postgres);
        Assert.Equal(("db", "wiredesk", "wd"), (builder.Host, builder.Database, builder.Username));
        Assert.Empty(connection.GatewayPorts);
    }

    [Fact]
    public void A_postgres_uri_is_taken_as_the_store_option_takes_it()
    {
        var connection = ClusterConnection.Parse("postgres://wd:secret@db.example:5433/wiredesk");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection.Postgres);
        Assert.Equal(("db.example", 5433, "wiredesk", "wd", "secret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal("postgres://wd@db.example:5433/wiredesk", connection.Describe());
    }

    [Fact]
    public void Anything_else_is_refused()
    {
        Assert.Throws<FormatException>(() => ClusterConnection.Parse("cluster-one"));
    }

    [Fact]
    public void A_refused_value_is_echoed_without_its_password()
    {
        var refused = Assert.Throws<FormatException>(() => ClusterConnection.Parse("postgres://wd:hunter2@/wiredesk"));
        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
        Assert.Contains("wd:***@", refused.Message, StringComparison.Ordinal);

        var keywords = Assert.Throws<FormatException>(() => ClusterConnection.Parse("Database=wiredesk;Password=hunter2;Port=notaport"));
        Assert.DoesNotContain("hunter2", keywords.Message, StringComparison.Ordinal);
    }
}
