using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Wiredesk.Cluster.Hosting;

/// <summary>Runs one silo of a Wiredesk cluster until it is cancelled.</summary>
public static class SiloHost
{
    /// <summary>
    /// Starts a silo at <paramref name="connection"/> on the given ports, reports when it has joined, and runs until
    /// <paramref name="cancellationToken"/> is cancelled; then leaves the cluster in order. On PostgreSQL the
    /// cluster's tables are created on first use.
    /// </summary>
    public static async Task RunAsync(ClusterConnection connection, int siloPort, int gatewayPort, Action<string> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(report);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseWiredesk(connection, siloPort, gatewayPort));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        report($"silo up: silo port {siloPort}, gateway port {gatewayPort}, {(connection.Postgres is null ? "localhost membership, grain state in memory" : "membership and grain state in PostgreSQL")}");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            report("silo stopping");
        }

        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
