using System.Data.Common;

namespace Wiredesk.Cluster;

/// <summary>Sends a step through the cluster again after a failure the cluster may recover from.</summary>
internal static class ClusterRetry
{
    /// <summary>Runs <paramref name="step"/> until it succeeds, waiting longer after each transient failure; calls <paramref name="retried"/> before each new try.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> step, ClusterAnalysisOptions options, Action retried, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await step().ConfigureAwait(false);
            }
            catch (Exception error) when (attempt < options.MaxAttempts && IsTransient(error))
            {
                retried();
                await Task.Delay(options.RetryDelay * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // A silo lost, a call timed out, storage briefly unreachable: sending the batch again can succeed.
    private static bool IsTransient(Exception error) =>
        error is OrleansException or TimeoutException or DbException
        || (error is AggregateException aggregate && aggregate.InnerExceptions.All(IsTransient));
}
