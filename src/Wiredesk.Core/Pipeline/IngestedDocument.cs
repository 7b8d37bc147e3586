using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Pipeline;

/// <summary>A document and what storing it did.</summary>
/// <param name="Document">The cleaned document, under the id it was stored with.</param>
/// <param name="Status">Added, unchanged or updated.</param>
public sealed record IngestedDocument(Document Document, SaveStatus Status);
