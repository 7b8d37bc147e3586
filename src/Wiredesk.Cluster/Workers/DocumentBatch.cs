using Wiredesk.Core.Documents;

namespace Wiredesk.Cluster.Workers;

/// <summary>Documents sent to a worker together.</summary>
/// <param name="Documents">The documents, in order.</param>
[GenerateSerializer, Immutable]
public sealed record DocumentBatch(Document[] Documents);
