using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Pipeline;

/// <summary>What reading and cleaning one input gave, before it is stored: its documents and the problems met.</summary>
/// <param name="Documents">The cleaned documents, in input order.</param>
/// <param name="Problems">The problems reading and cleaning them.</param>
public sealed record CleanedInput(IReadOnlyList<Document> Documents, IReadOnlyList<ReadProblem> Problems);
