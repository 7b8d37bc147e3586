using Spectre.Console;
using Wiredesk.Cluster;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Input;

/// <summary>
/// Reads every input file, cleans and stores its articles (one transaction per file), and reports problems as they come,
/// with a progress bar on a terminal when there are more than a few files. It keeps the stored documents only when
/// <paramref name="keepDocuments"/> and what was saved only when <paramref name="keepResults"/>, so that ingesting
/// a stream of any length takes constant memory. With <paramref name="cluster"/>, files are read and cleaned on the
/// cluster's workers, many in flight, and stored here in the order they were found, as a local run stores them.
/// </summary>
internal sealed class IngestRunner(IngestPipeline pipeline, InputReader reader, CliConsole console, bool keepDocuments = true, bool keepResults = true, ClusterReading? cluster = null)
{
    private const int ProgressThreshold = 5;

    /// <summary>Bytes of files sent to the cluster and not yet stored, at most, before the oldest is waited for.</summary>
    private const long MaxBytesInFlight = 256L * 1024 * 1024;

    private readonly Queue<(Task<CleanedInput>? Remote, ReadResult? Local, string Origin, long Bytes)> _inFlight = new();
    private long _bytesInFlight;

    private readonly List<IngestedDocument> _documents = [];
    private readonly List<SaveResult> _saved = [];
    private readonly Dictionary<SaveStatus, int> _counts = [];

    public async Task<IngestRun> RunAsync(IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        var problems = new List<ReadProblem>();
        if (console.ShowProgress && files.Count > ProgressThreshold)
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
            await terminal.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Reading {files.Count} files", maxValue: files.Count);
                    foreach (var file in files)
                    {
                        await IngestOneAsync(file, problems, cancellationToken).ConfigureAwait(false);
                        task.Increment(1);
                    }

                    await DrainAsync(0, problems, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }
        }
        else
        {
            var printed = 0;
            for (var i = 0; i <= files.Count; i++)
            {
                if (i < files.Count)
                {
                    await IngestOneAsync(files[i], problems, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await DrainAsync(0, problems, cancellationToken).ConfigureAwait(false);
                }

                foreach (var problem in problems.Skip(printed))
                {
                    await console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                }

                printed = problems.Count;
            }
        }

        return new IngestRun(_documents, _saved, _counts, problems, files.Count);
    }

    private async Task IngestOneAsync(InputFile file, List<ReadProblem> problems, CancellationToken cancellationToken)
    {
        await foreach (var piece in reader.PiecesAsync(file, console.In, cancellationToken).ConfigureAwait(false))
        {
            // On a cluster, a file's bytes go to the workers, unless the file is over one batch's bytes: its documents
            // could outgrow a cluster message. Everything else is read here.
            var remote = cluster is not null && piece.Raw is { } raw && raw.Bytes.Length <= ClusterReading.BatchBytes ? raw : null;
            var bytes = remote?.Bytes.Length ?? 0L;
            var local = piece.Read ?? (remote is null ? reader.Read(piece.Raw!) : null);
            _inFlight.Enqueue((remote is null ? null : cluster!.ReadAsync(remote, cancellationToken), local, file.DisplayName, bytes));
            _bytesInFlight += bytes;
            await DrainAsync(cluster?.Window ?? 0, problems, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores the oldest inputs in flight, in order, until at most <paramref name="keep"/> (and their bytes within the bound) remain.</summary>
    private async Task DrainAsync(int keep, List<ReadProblem> problems, CancellationToken cancellationToken)
    {
        while (_inFlight.Count > keep || (_inFlight.Count > 0 && _bytesInFlight > MaxBytesInFlight))
        {
            var (remote, local, origin, bytes) = _inFlight.Dequeue();
            _bytesInFlight -= bytes;
            IngestBatch batch;
            if (remote is not null)
            {
                if (!remote.IsCompleted)
                {
                    cluster!.Send(cancellationToken);
                }

                batch = await StoreRemoteAsync(remote, origin, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                batch = await pipeline.IngestAsync(local!, origin, cancellationToken).ConfigureAwait(false);
            }

            Record(batch, problems);
        }
    }

    private async Task<IngestBatch> StoreRemoteAsync(Task<CleanedInput> remote, string origin, CancellationToken cancellationToken)
    {
        CleanedInput cleaned;
        try
        {
            cleaned = await remote.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new IngestBatch([], [new ReadProblem(origin, null, $"the cluster could not read it, so nothing from it was stored: {ex.Message}", ProblemSeverity.Error)]);
        }

        return await pipeline.StoreAsync(cleaned, origin, cancellationToken).ConfigureAwait(false);
    }

    private void Record(IngestBatch batch, List<ReadProblem> problems)
    {
        foreach (var stored in batch.Documents)
        {
            _counts[stored.Status] = _counts.GetValueOrDefault(stored.Status) + 1;
            if (keepResults)
            {
                _saved.Add(new SaveResult(stored.Document.Id, stored.Status));
            }
        }

        if (keepDocuments)
        {
            _documents.AddRange(batch.Documents);
        }

        problems.AddRange(batch.Problems);
    }
}
