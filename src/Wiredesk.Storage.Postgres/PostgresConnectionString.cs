using System.Globalization;
using Npgsql;

namespace Wiredesk.Storage.Postgres;

/// <summary>
/// Reads what a user gives as a PostgreSQL database: a URI (<c>postgres://user:password@host:port/database?sslmode=require</c>,
/// also <c>postgresql://</c>) or an Npgsql keyword string (<c>Host=…;Port=…;Username=…;Database=…</c>).
/// </summary>
public static class PostgresConnectionString
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    /// <summary>Whether <paramref name="db"/> names a PostgreSQL database rather than a file: a postgres URI, or a keyword string with a host.</summary>
    public static bool Names(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trimmed = db.Trim();
        if (Schemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (!trimmed.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(trimmed).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The Npgsql keyword string for <paramref name="db"/>.</summary>
    /// <exception cref="ArgumentException">It is neither a valid URI nor a valid keyword string.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var trimmed = db.Trim();
        return Schemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ? FromUri(trimmed) : FromKeywords(trimmed);
    }

    /// <summary>How to name the database in messages: <c>postgres://user@host:port/database</c>, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{builder.Host}:{builder.Port}/{builder.Database}");
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string text)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Not a PostgreSQL connection string: {e.Message}", nameof(text), e);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("Not a PostgreSQL URI; write postgres://user:password@host:port/database.", nameof(text));
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host.Trim('[', ']');
        }

        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            Apply(builder, key, value);
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new ArgumentException("The PostgreSQL URI names no host; write postgres://user@host:port/database.", nameof(text));
        }

        return builder;
    }

    // The libpq parameters people put in URIs most, under their Npgsql names; anything else is refused by name.
    private static void Apply(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sslmode":
                builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "connect_timeout":
                builder.Timeout = int.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "host":
                builder.Host = value;
                break;
            case "options" when value.StartsWith("-c search_path=", StringComparison.Ordinal):
                builder.SearchPath = value["-c search_path=".Length..];
                break;
            case "search_path":
                builder.SearchPath = value;
                break;
            default:
                throw new ArgumentException($"The PostgreSQL URI parameter '{key}' is not supported; use a keyword connection string (Host=…;…) for it.", nameof(key));
        }
    }
}
