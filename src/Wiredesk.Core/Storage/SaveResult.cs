namespace Wiredesk.Core.Storage;

/// <summary>What saving one document did.</summary>
/// <param name="Id">The id the document was saved under; for <see cref="SaveStatus.Unchanged"/>, the id of the stored copy.</param>
/// <param name="Status">Added, unchanged or updated.</param>
public sealed record SaveResult(string Id, SaveStatus Status);
