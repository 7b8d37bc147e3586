using Spectre.Console;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;

namespace Wiredesk.Cli.Input;

/// <summary>
/// Reads every input file, cleans and stores its articles (one transaction per file), and reports problems as they come,
/// with a progress bar on a terminal when there are more than a few files.
/// </summary>
internal sealed class IngestRunner(IngestPipeline pipeline, InputReader reader, CliConsole console)
{
    private const int ProgressThreshold = 5;

    public async Task<IngestRun> RunAsync(IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        var documents = new List<IngestedDocument>();
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
                        await IngestOneAsync(file, documents, problems, cancellationToken).ConfigureAwait(false);
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
                await IngestOneAsync(file, documents, problems, cancellationToken).ConfigureAwait(false);
                foreach (var problem in problems.Skip(before))
                {
                    await console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                }
            }
        }

        return new IngestRun(documents, problems, files.Count);
    }

    private async Task IngestOneAsync(InputFile file, List<IngestedDocument> documents, List<ReadProblem> problems, CancellationToken cancellationToken)
    {
        await foreach (var read in reader.ReadAsync(file, console.In, cancellationToken).ConfigureAwait(false))
        {
            var batch = await pipeline.IngestAsync(read, file.DisplayName, cancellationToken).ConfigureAwait(false);
            documents.AddRange(batch.Documents);
            problems.AddRange(batch.Problems);
        }
    }
}
