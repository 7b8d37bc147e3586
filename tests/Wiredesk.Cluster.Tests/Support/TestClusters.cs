using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;
using Wiredesk.Cluster.Hosting;

namespace Wiredesk.Cluster.Tests.Support;

/// <summary>In-process clusters of several silos, with Wiredesk's serialization and grain storage that survives a stopped silo.</summary>
internal static class TestClusters
{
    public static async Task<TestCluster> StartAsync(int silos)
    {
        var builder = new TestClusterBuilder((short)silos);
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        builder.AddClientBuilderConfigurator<ClientSetup>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddWiredeskSerialization();
            siloBuilder.Services.AddGrainStorage(ClusterStorage.Name, (services, _) =>
                new SharedGrainStorage(services.GetRequiredService<Serializer>(), services.GetRequiredService<IOptions<ClusterOptions>>()));
        }
    }

    private sealed class ClientSetup : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Services.AddWiredeskSerialization();
    }
}
