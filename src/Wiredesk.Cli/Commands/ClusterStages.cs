using Wiredesk.Cluster;
using Wiredesk.Cluster.Hosting;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Commands;

/// <summary>The analysis stages sent to a cluster (<c>--cluster</c>): connect, run every pending stage there, disconnect.</summary>
internal static class ClusterStages
{
    public static async Task RunAsync(IArticleStore store, string cluster, AnalysisStage stage, CancellationToken cancellationToken)
    {
        var client = await ClusterClient.ConnectAsync(ClusterConnection.Parse(cluster), cancellationToken).ConfigureAwait(false);
        await using (client.ConfigureAwait(false))
        {
            await new ClusterAnalysis(client.Grains).AnalyzePendingAsync(store, stage, cancellationToken).ConfigureAwait(false);
        }
    }
}
