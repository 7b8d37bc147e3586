using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cli.Input;

/// <summary>
/// What reading and storing a set of inputs did: how many articles were added, updated or unchanged, and, when the
/// command needs them, what was saved (<see cref="Saved"/>) and the documents themselves (<see cref="Documents"/>).
/// Keeping neither keeps memory flat however many articles are read.
/// </summary>
internal sealed record IngestRun(
    IReadOnlyList<IngestedDocument> Documents,
    IReadOnlyList<SaveResult> Saved,
    IReadOnlyDictionary<SaveStatus, int> Counts,
    IReadOnlyList<ReadProblem> Problems,
    int Files)
{
    public int Errors => Problems.Count(p => p.Severity == ProblemSeverity.Error);

    public int Stored => Counts.Values.Sum();

    public int Count(SaveStatus status) => Counts.GetValueOrDefault(status);
}
