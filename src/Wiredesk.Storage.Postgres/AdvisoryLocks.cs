using Npgsql;

namespace Wiredesk.Storage.Postgres;

/// <summary>
/// The PostgreSQL advisory locks the store takes. Session locks use the two-key form, with <see cref="Class"/> as the
/// first key and a hash of the lock's name as the second; ingest locks are transaction-scoped, one per content hash and
/// per id, taken in sorted order so that two batches never wait for each other in a cycle.
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>The first key of every session lock the store takes ("WDSK").</summary>
    public const int Class = 0x5744_534B;

    /// <summary>The lock held while migrations are applied.</summary>
    public const string Migrations = "migrations";

    /// <summary>Takes, in one statement and in sorted order, a transaction lock for each name (duplicates are taken once).</summary>
    public const string LockNamesSql = """
        SELECT pg_advisory_xact_lock(k)
        FROM (SELECT DISTINCT hashtextextended(name, 0) AS k FROM unnest(@names::text[]) AS name ORDER BY k OFFSET 0) AS sorted;
        """;

    /// <summary>Waits for the session lock <paramref name="name"/> on a connection of its own and holds it until disposed.</summary>
    public static async Task<IAsyncDisposable> HoldAsync(NpgsqlDataSource dataSource, string name, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@class, hashtext(@name));", connection);
            command.Parameters.Add(new NpgsqlParameter<int>("class", Class));
            command.Parameters.Add(new NpgsqlParameter<string>("name", name));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new HeldAdvisoryLock(connection, name);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
