using Npgsql;

namespace Wiredesk.Cluster.Postgres;

/// <summary>
/// The tables a cluster keeps in PostgreSQL: membership (one version row per cluster, one row per silo incarnation)
/// and grain state (one row per grain and state name, per service). Created on first use; creating them again changes
/// nothing, and silos starting together take an advisory lock so only one creates them.
/// </summary>
internal static class ClusterTables
{
    /// <summary>Arbitrary, fixed key of the advisory lock held while the tables are created.</summary>
    private const long SchemaLock = 0x5769_7265_4465_736B;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS wiredesk_cluster_version (
            cluster_id text PRIMARY KEY,
            version integer NOT NULL,
            etag text NOT NULL);
        CREATE TABLE IF NOT EXISTS wiredesk_cluster_member (
            cluster_id text NOT NULL,
            silo text NOT NULL,
            status integer NOT NULL,
            gateway text,
            entry bytea NOT NULL,
            etag text NOT NULL,
            i_am_alive timestamptz NOT NULL,
            PRIMARY KEY (cluster_id, silo));
        CREATE TABLE IF NOT EXISTS wiredesk_grain_state (
            service_id text NOT NULL,
            grain_id text NOT NULL,
            state_name text NOT NULL,
            data bytea NOT NULL,
            version bigint NOT NULL,
            PRIMARY KEY (service_id, grain_id, state_name));
        """;

    /// <summary>Creates the tables that are missing.</summary>
    public static async Task EnsureAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using (var lockSchema = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
                {
                    lockSchema.Parameters.AddWithValue("key", SchemaLock);
                    await lockSchema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                using (var create = new NpgsqlCommand(Schema, connection, transaction))
                {
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
