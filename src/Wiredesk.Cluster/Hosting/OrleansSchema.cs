using Npgsql;

namespace Wiredesk.Cluster.Hosting;

/// <summary>
/// Creates the tables Orleans' ADO.NET membership and grain storage need in PostgreSQL, from Orleans' own scripts.
/// The Orleans packages do not carry them: they are published in the Orleans source repository at the release tag
/// matching the packages (src/AdoNet/Shared/PostgreSQL-Main.sql, src/AdoNet/Orleans.Clustering.AdoNet/PostgreSQL-Clustering.sql,
/// src/AdoNet/Orleans.Persistence.AdoNet/PostgreSQL-Persistence.sql); put the three files in one folder. A script
/// whose table exists already is skipped, so installing twice changes nothing.
/// </summary>
public static class OrleansSchema
{
    /// <summary>The scripts, in the order they must run, with the table each creates.</summary>
    public static IReadOnlyList<(string File, string Table)> Scripts { get; } =
    [
        ("PostgreSQL-Main.sql", "orleansquery"),
        ("PostgreSQL-Clustering.sql", "orleansmembershiptable"),
        ("PostgreSQL-Persistence.sql", "orleansstorage"),
    ];

    /// <summary>Runs the scripts of <paramref name="folder"/> whose tables are missing; returns the files run.</summary>
    public static async Task<IReadOnlyList<string>> InstallAsync(string connectionString, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var missing = Scripts.Select(s => s.File).Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"Orleans' PostgreSQL scripts are missing from {folder}: {string.Join(", ", missing)}");
        }

        var ran = new List<string>();
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (file, table) in Scripts)
            {
                using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
                exists.Parameters.AddWithValue("table", table);
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
                {
                    continue;
                }

                var script = await File.ReadAllTextAsync(Path.Combine(folder, file), cancellationToken).ConfigureAwait(false);
                using var install = new NpgsqlCommand(script, connection);
                await install.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                ran.Add(file);
            }
        }

        return ran;
    }
}
