using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Pipeline;

/// <summary>What ingesting one input did: the documents stored and the problems met.</summary>
/// <param name="Documents">The documents, in input order.</param>
/// <param name="Problems">The problems, reading and storing.</param>
public sealed record IngestBatch(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<ReadProblem> Problems);
