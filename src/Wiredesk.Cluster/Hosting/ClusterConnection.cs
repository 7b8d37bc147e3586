using System.Globalization;

namespace Wiredesk.Cluster.Hosting;

/// <summary>
/// Where a cluster's members find each other and keep their state: <c>localhost</c> (silos on this machine, membership
/// held by the first silo, grain state in silo memory; optionally the gateway ports a client may use, <c>localhost:30000,30001</c>)
/// or an Npgsql connection string (<c>Host=…;Database=…</c>): membership and grain state in PostgreSQL.
/// </summary>
/// <param name="Postgres">The PostgreSQL connection string, or null for localhost.</param>
/// <param name="GatewayPorts">For localhost: the gateway ports of the silos.</param>
public sealed record ClusterConnection(string? Postgres, IReadOnlyList<int> GatewayPorts)
{
    /// <summary>The gateway port of the first local silo.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>The silo-to-silo port of the first local silo, which the others join through.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>For localhost: the silo-to-silo port of the first silo, which holds the membership and which the others join through.</summary>
    public int PrimarySiloPort { get; init; } = DefaultSiloPort;

    /// <summary>The connection as a person reads it, without a password: <c>localhost:30000,30001</c> or <c>PostgreSQL db on host</c>.</summary>
    public string Describe()
    {
        if (Postgres is null)
        {
            return "localhost:" + string.Join(',', GatewayPorts);
        }

        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(Postgres);
            return $"PostgreSQL database {builder.Database ?? "(default)"} on {builder.Host ?? "localhost"}";
        }
        catch (ArgumentException)
        {
            return "a PostgreSQL database";
        }
    }

    /// <summary>Reads a connection as given on the command line.</summary>
    public static ClusterConnection Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var text = value.Trim();
        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterConnection(null, [DefaultGatewayPort]);
        }

        if (text.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase))
        {
            var ports = text["localhost:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
            return new ClusterConnection(null, ports.Count == 0 ? [DefaultGatewayPort] : ports);
        }

        if (text.Contains('=', StringComparison.Ordinal))
        {
            return new ClusterConnection(text, []);
        }

        throw new FormatException($"'{value}' is neither 'localhost[:ports]' nor a PostgreSQL connection string (Host=…;Database=…).");
    }
}
