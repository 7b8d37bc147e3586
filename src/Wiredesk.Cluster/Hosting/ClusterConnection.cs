using System.Globalization;
using Wiredesk.Storage.Postgres;

namespace Wiredesk.Cluster.Hosting;

/// <summary>
/// Where a cluster's members find each other and keep their state: <c>localhost</c> (silos on this machine, membership
/// held by the first silo, grain state in silo memory; optionally the gateway ports a client may use, <c>localhost:30000,30001</c>)
/// or a PostgreSQL database (<c>postgres://user@host:port/db</c> or <c>Host=…;Database=…</c>, as <c>--db</c> takes it):
/// membership and grain state in PostgreSQL.
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

    /// <summary>The connection as a person reads it, without a password: <c>localhost:30000,30001</c> or <c>postgres://user@host:port/db</c>.</summary>
    public string Describe()
    {
        if (Postgres is null)
        {
            return "localhost:" + string.Join(',', GatewayPorts);
        }

        try
        {
            return PostgresConnectionString.Describe(new Npgsql.NpgsqlConnectionStringBuilder(Postgres));
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

        if (PostgresConnectionString.Names(text))
        {
            try
            {
                return new ClusterConnection(PostgresConnectionString.Parse(text).ConnectionString, []);
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"'{Redacted(text)}' is not a usable PostgreSQL database: {ex.Message}", ex);
            }
        }

        throw new FormatException($"'{Redacted(text)}' is neither 'localhost[:ports]' nor a PostgreSQL database (postgres://user@host:port/db or Host=…;Database=…).");
    }

    // A value echoed in an error never shows a password: neither a URI's user:password@ nor a Password= keyword.
    private static string Redacted(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var at = text.IndexOf('@', scheme + 3);
            var colon = text.IndexOf(':', scheme + 3);
            return at > 0 && colon > 0 && colon < at ? text[..(colon + 1)] + "***" + text[at..] : text;
        }

        return string.Join(';', text.Split(';').Select(part =>
        {
            var key = part.Split('=', 2)[0].Trim();
            return key.Equals("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase) ? key + "=***" : part;
        }));
    }
}
