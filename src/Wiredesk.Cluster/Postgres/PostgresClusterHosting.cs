using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;

namespace Wiredesk.Cluster.Postgres;

/// <summary>
/// Puts a cluster's membership and grain state in a PostgreSQL database, through Npgsql. The providers create their
/// own tables (<c>wiredesk_cluster_version</c>, <c>wiredesk_cluster_member</c>, <c>wiredesk_grain_state</c>) on first
/// use, so nothing has to be installed beforehand.
/// </summary>
public static class PostgresClusterHosting
{
    /// <summary>Silo membership and the grain storage named <paramref name="storageName"/> in the database at <paramref name="connectionString"/>.</summary>
    public static ISiloBuilder UsePostgresCluster(this ISiloBuilder silo, string connectionString, string storageName = ClusterStorage.Name)
    {
        ArgumentNullException.ThrowIfNull(silo);
        AddDatabase(silo.Services, connectionString);
        silo.Services.AddSingleton<IMembershipTable, PostgresMembershipTable>();
        silo.Services.AddGrainStorage(storageName, (services, _) => new PostgresGrainStorage(
            services.GetRequiredService<ClusterDatabase>(), services.GetRequiredService<Serializer>(), services.GetRequiredService<IOptions<ClusterOptions>>()));
        return silo;
    }

    /// <summary>A client that finds the gateways of its cluster in the database at <paramref name="connectionString"/>.</summary>
    public static IClientBuilder UsePostgresCluster(this IClientBuilder client, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(client);
        AddDatabase(client.Services, connectionString);
        client.Services.AddSingleton<IGatewayListProvider, PostgresGatewayList>();
        return client;
    }

    private static void AddDatabase(IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(_ => new ClusterDatabase(connectionString));
    }
}
