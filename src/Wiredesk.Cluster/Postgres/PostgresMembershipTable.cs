using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Wiredesk.Cluster.Postgres;

/// <summary>
/// Orleans membership kept in PostgreSQL. Each silo incarnation is a row holding its serialized entry, its status and
/// gateway for clients, and its last I-am-alive time (written apart, without touching the entry). Every insert and
/// update also moves the cluster's version row, and both succeed or fail together: an update whose entry or version
/// etag is stale changes nothing and reports false, as the membership protocol expects.
/// </summary>
internal sealed class PostgresMembershipTable(ClusterDatabase database, Serializer serializer, IOptions<ClusterOptions> cluster) : IMembershipTable
{
    private string ClusterId => cluster.Value.ClusterId;

    public Task InitializeMembershipTable(bool tryInitTableVersion) =>
        ExecuteAsync("INSERT INTO wiredesk_cluster_version (cluster_id, version, etag) VALUES (@cluster, 0, @etag) ON CONFLICT (cluster_id) DO NOTHING", p =>
        {
            p.AddWithValue("cluster", ClusterId);
            p.AddWithValue("etag", NewEtag());
        });

    public Task DeleteMembershipTableEntries(string clusterId) =>
        ExecuteAsync("DELETE FROM wiredesk_cluster_member WHERE cluster_id = @cluster; DELETE FROM wiredesk_cluster_version WHERE cluster_id = @cluster", p => p.AddWithValue("cluster", clusterId));

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) =>
        ExecuteAsync("DELETE FROM wiredesk_cluster_member WHERE cluster_id = @cluster AND status = @dead AND i_am_alive < @before", p =>
        {
            p.AddWithValue("cluster", ClusterId);
            p.AddWithValue("dead", (int)SiloStatus.Dead);
            p.AddWithValue("before", beforeDate.UtcDateTime);
        });

    public Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ReadAsync(key.ToParsableString());
    }

    public Task<MembershipTableData> ReadAll() => ReadAsync(null);

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        return await ChangeAsync(tableVersion, async (connection, transaction) =>
        {
            using var insert = new NpgsqlCommand(
                """
                INSERT INTO wiredesk_cluster_member (cluster_id, silo, status, gateway, entry, etag, i_am_alive)
                VALUES (@cluster, @silo, @status, @gateway, @entry, @etag, @alive)
                ON CONFLICT (cluster_id, silo) DO NOTHING
                """, connection, transaction);
            AddEntry(insert, entry);
            return await insert.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        }).ConfigureAwait(false);
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        return await ChangeAsync(tableVersion, async (connection, transaction) =>
        {
            using var update = new NpgsqlCommand(
                """
                UPDATE wiredesk_cluster_member
                SET status = @status, gateway = @gateway, entry = @entry, etag = @etag, i_am_alive = GREATEST(i_am_alive, @alive)
                WHERE cluster_id = @cluster AND silo = @silo AND etag = @expected
                """, connection, transaction);
            AddEntry(update, entry);
            update.Parameters.AddWithValue("expected", etag);
            return await update.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        }).ConfigureAwait(false);
    }

    public Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ExecuteAsync("UPDATE wiredesk_cluster_member SET i_am_alive = GREATEST(i_am_alive, @alive) WHERE cluster_id = @cluster AND silo = @silo", p =>
        {
            p.AddWithValue("cluster", ClusterId);
            p.AddWithValue("silo", entry.SiloAddress.ToParsableString());
            p.AddWithValue("alive", Utc(entry.IAmAliveTime));
        });
    }

    /// <summary>Runs one statement on its own connection.</summary>
    private async Task ExecuteAsync(string sql, Action<NpgsqlParameterCollection> bind)
    {
        var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = new NpgsqlCommand(sql, connection);
            bind(command.Parameters);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The version row and the members (all, or the one named), read in one statement and so from one snapshot.</summary>
    private async Task<MembershipTableData> ReadAsync(string? silo)
    {
        var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var read = new NpgsqlCommand(
                """
                SELECT v.version, v.etag, m.entry, m.etag, m.i_am_alive
                FROM wiredesk_cluster_version v
                LEFT JOIN wiredesk_cluster_member m ON m.cluster_id = v.cluster_id AND (@silo::text IS NULL OR m.silo = @silo)
                WHERE v.cluster_id = @cluster
                """, connection);
            read.Parameters.AddWithValue("cluster", ClusterId);
            read.Parameters.Add(new NpgsqlParameter<string?>("silo", silo));
            var members = new List<Tuple<MembershipEntry, string>>();
            var version = new TableVersion(0, NewEtag());
            var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    version = new TableVersion(reader.GetInt32(0), reader.GetString(1));
                    if (reader.IsDBNull(2))
                    {
                        continue;
                    }

                    var entry = serializer.Deserialize<MembershipEntry>(reader.GetFieldValue<byte[]>(2))
                        ?? throw new InvalidDataException("A membership row of cluster " + ClusterId + " holds no entry.");
                    entry.IAmAliveTime = reader.GetFieldValue<DateTime>(4);
                    members.Add(Tuple.Create(entry, reader.GetString(3)));
                }
            }

            return new MembershipTableData(members, version);
        }
    }

    /// <summary>
    /// Moves the version row from the etag <paramref name="tableVersion"/> carries to its version, then makes the row
    /// change; commits only when both apply.
    /// </summary>
    private async Task<bool> ChangeAsync(TableVersion tableVersion, Func<NpgsqlConnection, NpgsqlTransaction, Task<bool>> change)
    {
        var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using var version = new NpgsqlCommand("UPDATE wiredesk_cluster_version SET version = @version, etag = @etag WHERE cluster_id = @cluster AND etag = @expected", connection, transaction);
                version.Parameters.AddWithValue("cluster", ClusterId);
                version.Parameters.AddWithValue("version", tableVersion.Version);
                version.Parameters.AddWithValue("etag", NewEtag());
                version.Parameters.AddWithValue("expected", tableVersion.VersionEtag);
                if (await version.ExecuteNonQueryAsync().ConfigureAwait(false) != 1 || !await change(connection, transaction).ConfigureAwait(false))
                {
                    await transaction.RollbackAsync().ConfigureAwait(false);
                    return false;
                }

                await transaction.CommitAsync().ConfigureAwait(false);
                return true;
            }
        }
    }

    private void AddEntry(NpgsqlCommand command, MembershipEntry entry)
    {
        command.Parameters.AddWithValue("cluster", ClusterId);
        command.Parameters.AddWithValue("silo", entry.SiloAddress.ToParsableString());
        command.Parameters.AddWithValue("status", (int)entry.Status);
        command.Parameters.Add(new NpgsqlParameter<string?>("gateway", Gateway(entry)));
        command.Parameters.AddWithValue("entry", serializer.SerializeToArray(entry));
        command.Parameters.AddWithValue("etag", NewEtag());
        command.Parameters.AddWithValue("alive", Utc(entry.IAmAliveTime));
    }

    /// <summary>Where clients reach the silo, as a gateway address, or null when it takes no clients.</summary>
    private static string? Gateway(MembershipEntry entry) =>
        entry.ProxyPort > 0 ? SiloAddress.New(entry.SiloAddress.Endpoint.Address, entry.ProxyPort, entry.SiloAddress.Generation).ToParsableString() : null;

    private static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Utc ? time : DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc);

    private static string NewEtag() => Guid.NewGuid().ToString("N");
}
