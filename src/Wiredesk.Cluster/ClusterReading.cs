using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;

namespace Wiredesk.Cluster;

/// <summary>
/// Reading and cleaning spread over a cluster: inputs handed in are gathered into batches, each batch read and cleaned
/// by a worker on some silo, batches in flight together on several workers. Each input's task completes with its
/// cleaned articles; the caller stores them in the order it handed them in, so the store sees what a local run gives.
/// A batch cut off by a lost silo is sent again (reading is pure, so twice is harmless).
/// </summary>
public sealed class ClusterReading(IGrainFactory grains, ReadLimits limits, ClusterAnalysisOptions? options = null)
{
    /// <summary>Inputs sent to a worker together.</summary>
    public const int BatchInputs = 32;

    /// <summary>Bytes sent to a worker together, at most (one larger input goes alone; the CLI reads such files itself).</summary>
    public const long BatchBytes = 8L * 1024 * 1024;

    private readonly ClusterAnalysisOptions _options = options ?? ClusterAnalysisOptions.Default;
    private readonly Lock _gate = new();
    private List<(InputBytes Input, TaskCompletionSource<CleanedInput> Done)> _pending = [];
    private long _pendingBytes;
    private int _nextWorker;
    private int _retries;

    /// <summary>Batches that had to be sent again after a failure.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Inputs that may be in flight at once before the caller should wait for the oldest.</summary>
    public int Window => _options.Workers * BatchInputs * 2;

    /// <summary>Hands in one input; its batch leaves when full or when <see cref="Send"/> is called.</summary>
    public Task<CleanedInput> ReadAsync(InputBytes input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var done = new TaskCompletionSource<CleanedInput>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool full;
        lock (_gate)
        {
            _pending.Add((input, done));
            _pendingBytes += input.Bytes.Length;
            full = _pending.Count >= BatchInputs || _pendingBytes >= BatchBytes;
        }

        if (full)
        {
            Send(cancellationToken);
        }

        return done.Task;
    }

    /// <summary>Sends the inputs gathered so far, however few.</summary>
    public void Send(CancellationToken cancellationToken)
    {
        List<(InputBytes Input, TaskCompletionSource<CleanedInput> Done)> batch;
        int worker;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            (batch, _pending, _pendingBytes) = (_pending, [], 0);
            worker = _nextWorker;
            _nextWorker = (_nextWorker + 1) % _options.Workers;
        }

        _ = RunAsync(batch, worker, cancellationToken);
    }

    private async Task RunAsync(List<(InputBytes Input, TaskCompletionSource<CleanedInput> Done)> batch, int worker, CancellationToken cancellationToken)
    {
        try
        {
            var message = new InputBatch([.. batch.Select(b => b.Input)], limits);
            var cleaned = await ClusterRetry.RunAsync(
                () => grains.GetGrain<IArticleWorkerGrain>(worker).ReadAsync(message),
                _options,
                () => Interlocked.Increment(ref _retries),
                cancellationToken).ConfigureAwait(false);
            if (cleaned.Length != batch.Count)
            {
                throw new InvalidOperationException($"a worker answered {cleaned.Length} inputs for a batch of {batch.Count}");
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(cleaned[i]);
            }
        }
        catch (Exception error)
        {
            foreach (var (_, done) in batch)
            {
                done.TrySetException(error);
            }
        }
    }
}
