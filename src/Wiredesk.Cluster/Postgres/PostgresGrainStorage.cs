using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Wiredesk.Cluster.Postgres;

/// <summary>
/// Grain state kept in PostgreSQL, one row per grain and state name under the cluster's service id, serialized with
/// Orleans' serializer. The etag is the row's version: a write or clear based on a stale version changes nothing and
/// throws <see cref="InconsistentStateException"/>, so two activations of one grain cannot overwrite each other.
/// </summary>
internal sealed class PostgresGrainStorage(ClusterDatabase database, Serializer serializer, IOptions<ClusterOptions> cluster) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var read = Command("SELECT data, version FROM wiredesk_grain_state WHERE service_id = @service AND grain_id = @grain AND state_name = @state", connection, stateName, grainId);
            var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (await reader.ReadAsync().ConfigureAwait(false))
                {
                    grainState.State = serializer.Deserialize<T>(reader.GetFieldValue<byte[]>(0));
                    grainState.ETag = Etag(reader.GetInt64(1));
                    grainState.RecordExists = true;
                }
                else
                {
                    grainState.ETag = null;
                    grainState.RecordExists = false;
                }
            }
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var write = grainState.ETag is null
                ? Command("INSERT INTO wiredesk_grain_state (service_id, grain_id, state_name, data, version) VALUES (@service, @grain, @state, @data, 1) ON CONFLICT DO NOTHING RETURNING version", connection, stateName, grainId)
                : Command("UPDATE wiredesk_grain_state SET data = @data, version = version + 1 WHERE service_id = @service AND grain_id = @grain AND state_name = @state AND version = @expected RETURNING version", connection, stateName, grainId);
            write.Parameters.AddWithValue("data", serializer.SerializeToArray(grainState.State));
            if (grainState.ETag is { } etag)
            {
                write.Parameters.AddWithValue("expected", Version(etag));
            }

            if (await write.ExecuteScalarAsync().ConfigureAwait(false) is not long version)
            {
                throw Stale(stateName, grainId, grainState.ETag);
            }

            grainState.ETag = Etag(version);
            grainState.RecordExists = true;
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (grainState.ETag is { } etag)
        {
            var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var delete = Command("DELETE FROM wiredesk_grain_state WHERE service_id = @service AND grain_id = @grain AND state_name = @state AND version = @expected", connection, stateName, grainId);
                delete.Parameters.AddWithValue("expected", Version(etag));
                if (await delete.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                {
                    throw Stale(stateName, grainId, etag);
                }
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private NpgsqlCommand Command(string sql, NpgsqlConnection connection, string stateName, GrainId grainId)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("service", cluster.Value.ServiceId);
        command.Parameters.AddWithValue("grain", grainId.ToString());
        command.Parameters.AddWithValue("state", stateName);
        return command;
    }

    private static InconsistentStateException Stale(string stateName, GrainId grainId, string? etag) =>
        new($"The stored state '{stateName}' of {grainId} is not the version this activation read ({etag ?? "none"}): another activation wrote it.", storedEtag: null, currentEtag: etag);

    private static string Etag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long Version(string etag) => long.Parse(etag, CultureInfo.InvariantCulture);
}
