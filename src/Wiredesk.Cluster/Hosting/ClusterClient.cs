using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Wiredesk.Cluster.Hosting;

/// <summary>A connection to a running cluster, for a command that sends its analysis there; disposing it disconnects.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host) => _host = host;

    /// <summary>The cluster's grains.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects to the cluster at <paramref name="connection"/>; throws <see cref="ClusterUnreachableException"/> when no silo answers.</summary>
    public static async Task<ClusterClient> ConnectAsync(ClusterConnection connection, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        // A client's failures reach the caller as exceptions, said once; Orleans' own connection retries would only repeat them.
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.UseOrleansClient(client => client.UseWiredesk(connection));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new ClusterUnreachableException($"the cluster at {connection.Describe()} could not be reached: {ex.Message}", ex);
        }

        return new ClusterClient(host);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
