using Spectre.Console;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Input;

/// <summary>
/// Reads every input file, cleans and stores its articles (one transaction per file), and reports problems as they come,
/// with a progress bar on a terminal when there are more than a few files. It keeps the stored documents only when
/// <paramref name="keepDocuments"/> and what was saved only when <paramref name="keepResults"/>, so that ingesting
/// a stream of any length takes constant memory.
/// </summary>
internal sealed class IngestRunner(IngestPipeline pipeline, InputReader reader, CliConsole console, bool keepDocuments = true, bool keepResults = true)
{
    private const int ProgressThreshold = 5;

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
                }).ConfigureAwait(false);
            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }
        }
        else
        {
            foreach (var file in files)
            {
                var before = problems.Count;
                await IngestOneAsync(file, problems, cancellationToken).ConfigureAwait(false);
                foreach (var problem in problems.Skip(before))
                {
                    await console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                }
            }
        }

        return new IngestRun(_documents, _saved, _counts, problems, files.Count);
    }

    private async Task IngestOneAsync(InputFile file, List<ReadProblem> problems, CancellationToken cancellationToken)
    {
        await foreach (var read in reader.ReadAsync(file, console.In, cancellationToken).ConfigureAwait(false))
        {
            var batch = await pipeline.IngestAsync(read, file.DisplayName, cancellationToken).ConfigureAwait(false);
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
}
