namespace Wiredesk.Core.Reuse;

/// <summary>A stored document that may share text with a new one.</summary>
/// <param name="DocumentKey">The stored document's key (its content hash in the store).</param>
/// <param name="SharedFingerprints">Passage fingerprints both hold.</param>
/// <param name="SharedBands">LSH bands both fall in (whole-document similarity).</param>
public sealed record ReuseCandidate(string DocumentKey, int SharedFingerprints, int SharedBands);
