using Wiredesk.Core.Documents;

namespace Wiredesk.Cluster.Workers;

/// <summary>A new document and the earlier documents the reuse index found as its candidates, to be aligned with it.</summary>
/// <param name="Document">The new document.</param>
/// <param name="Candidates">Its candidates, most shared first.</param>
[GenerateSerializer, Immutable]
public sealed record AlignmentJob(Document Document, Document[] Candidates);
