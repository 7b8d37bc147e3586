using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;

namespace Wiredesk.Web.Ingest;

/// <summary>What ingesting one input did: the documents stored (and how) and the problems met.</summary>
internal sealed record IngestOutcome(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<ReadProblem> Problems)
{
    public bool Changed => Documents.Any(d => d.Status != Core.Storage.SaveStatus.Unchanged);
}
