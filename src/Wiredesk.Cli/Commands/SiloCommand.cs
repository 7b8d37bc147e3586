using System.CommandLine;
using Wiredesk.Cluster.Hosting;

namespace Wiredesk.Cli.Commands;

/// <summary><c>wiredesk silo</c>: runs one silo of a Wiredesk cluster until Ctrl+C.</summary>
internal static class SiloCommand
{
    public static Command Create(CliConsole console)
    {
        var cluster = new Option<string>("--cluster")
        {
            Description = "Where the cluster lives: 'localhost' (silos on this machine, state in memory) or a PostgreSQL database (postgres://user@host:port/db or Host=…;Database=…; membership and grain state there, tables created on first use)",
            DefaultValueFactory = _ => "localhost",
        };
        var siloPort = new Option<int>("--silo-port")
        {
            Description = "This silo's port for the other silos (on localhost, the first silo must use 11111)",
            DefaultValueFactory = _ => ClusterConnection.DefaultSiloPort,
        };
        var gatewayPort = new Option<int>("--gateway-port")
        {
            Description = "This silo's port for clients",
            DefaultValueFactory = _ => ClusterConnection.DefaultGatewayPort,
        };
        var command = new Command("silo", "Run a silo of a Wiredesk cluster (reading, cleaning and analysis spread over machines) until Ctrl+C")
        {
            cluster,
            siloPort,
            gatewayPort,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ClusterConnection connection;
            try
            {
                connection = ClusterConnection.Parse(parse.GetValue(cluster)!);
            }
            catch (FormatException ex)
            {
                await console.Error.WriteLineAsync($"wiredesk: error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await SiloHost.RunAsync(connection, parse.GetValue(siloPort), parse.GetValue(gatewayPort), message => console.Error.WriteLine(message), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
