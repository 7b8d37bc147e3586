using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;

namespace Wiredesk.Cli.Input;

/// <summary>What reading and storing a set of inputs did.</summary>
internal sealed record IngestRun(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<ReadProblem> Problems, int Files)
{
    public int Errors => Problems.Count(p => p.Severity == ProblemSeverity.Error);

    public int Count(Wiredesk.Core.Storage.SaveStatus status) => Documents.Count(d => d.Status == status);
}
