using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;

namespace Wiredesk.Cluster.Postgres;

/// <summary>The gateways a client may connect to: the active silos of its cluster in the membership table.</summary>
internal sealed class PostgresGatewayList(ClusterDatabase database, IOptions<ClusterOptions> cluster, IOptions<GatewayOptions> gateways) : IGatewayListProvider
{
    public TimeSpan MaxStaleness => gateways.Value.GatewayListRefreshPeriod;

    public bool IsUpdatable => true;

    public Task InitializeGatewayListProvider() => Task.CompletedTask;

    public async Task<IList<Uri>> GetGateways()
    {
        var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var read = new NpgsqlCommand("SELECT gateway FROM wiredesk_cluster_member WHERE cluster_id = @cluster AND status = @active AND gateway IS NOT NULL ORDER BY silo", connection);
            read.Parameters.AddWithValue("cluster", cluster.Value.ClusterId);
            read.Parameters.AddWithValue("active", (int)SiloStatus.Active);
            var found = new List<Uri>();
            var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    found.Add(SiloAddress.FromParsableString(reader.GetString(0)).ToGatewayUri());
                }
            }

            return found;
        }
    }
}
