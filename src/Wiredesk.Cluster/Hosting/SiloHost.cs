using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Wiredesk.Cluster.Hosting;

/// <summary>Runs one silo of a Wiredesk cluster until it is cancelled.</summary>
public static class SiloHost
{
    /// <summary>
    /// Starts a silo at <paramref name="connection"/> on the given ports, reports when it has joined, and runs until
    /// <paramref name="cancellationToken"/> is cancelled; then leaves the cluster in order. With PostgreSQL and a
    /// folder of Orleans' scripts, first creates Orleans' tables where they are missing.
    /// </summary>
    public static async Task RunAsync(ClusterConnection connection, int siloPort, int gatewayPort, string? orleansScripts, Action<string> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(report);
        if (connection.Postgres is { } postgres && orleansScripts is not null)
        {
            var created = await OrleansSchema.InstallAsync(postgres, orleansScripts, cancellationToken).ConfigureAwait(false);
            report(created.Count == 0 ? "Orleans tables present" : "Orleans tables created from " + string.Join(", ", created));
        }

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
