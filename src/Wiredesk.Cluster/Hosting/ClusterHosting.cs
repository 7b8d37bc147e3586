using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Wiredesk.Cluster.Postgres;

namespace Wiredesk.Cluster.Hosting;

/// <summary>How a silo and a client of a Wiredesk cluster are set up: the cluster's name, membership, grain storage and the serialization of Core's records.</summary>
public static class ClusterHosting
{
    /// <summary>The cluster and service id every member uses.</summary>
    public const string ClusterId = "wiredesk";

    /// <summary>Sets up a silo: membership and grain storage on PostgreSQL, or on localhost with grain state in memory.</summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="connection">Where the cluster lives.</param>
    /// <param name="siloPort">This silo's silo-to-silo port.</param>
    /// <param name="gatewayPort">This silo's client port.</param>
    public static ISiloBuilder UseWiredesk(this ISiloBuilder silo, ClusterConnection connection, int siloPort = ClusterConnection.DefaultSiloPort, int gatewayPort = ClusterConnection.DefaultGatewayPort)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(connection);
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        if (connection.Postgres is { } postgres)
        {
            silo.ConfigureEndpoints(siloPort, gatewayPort);
            silo.UsePostgresCluster(postgres);
        }
        else
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, connection.PrimarySiloPort));
            silo.AddMemoryGrainStorage(ClusterStorage.Name);
        }

        silo.Services.AddWiredeskSerialization();
        return silo;
    }

    /// <summary>Sets up a client of the cluster.</summary>
    public static IClientBuilder UseWiredesk(this IClientBuilder client, ClusterConnection connection)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(connection);
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        if (connection.Postgres is { } postgres)
        {
            client.UsePostgresCluster(postgres);
        }
        else
        {
            client.UseLocalhostClustering([.. connection.GatewayPorts]);
        }

        client.Services.AddWiredeskSerialization();
        return client;
    }

    /// <summary>
    /// Lets Orleans carry Core's records (documents, signatures, relations, profiles, stories) as JSON: Core stays free
    /// of Orleans, and the cluster's own messages wrap them.
    /// </summary>
    public static IServiceCollection AddWiredeskSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: type => type.Namespace?.StartsWith("Wiredesk.Core", StringComparison.Ordinal) == true));
}
