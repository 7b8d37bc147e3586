using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Storage;

/// <summary>
/// Where the reuse index and the relations it found persist, beside the articles. Documents are keyed by their content
/// hash; replacing an article drops its signature and relations, so that it is analysed again.
/// </summary>
public interface IReuseStore
{
    /// <summary>Content hashes of stored documents that have no reuse signature yet, in the order they were stored.</summary>
    Task<IReadOnlyList<string>> PendingReuseAsync(CancellationToken cancellationToken);

    /// <summary>The document with this content hash, or <see langword="null"/>.</summary>
    Task<Document?> GetByHashAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>Indexed documents sharing at least <see cref="ReuseOptions.MinSharedFingerprints"/> fingerprints or one LSH band with <paramref name="signature"/>; keys used by more than <see cref="ReuseOptions.MaxPostingsPerKey"/> documents are ignored; most shared first, at most <see cref="ReuseOptions.MaxCandidates"/>.</summary>
    Task<IReadOnlyList<ReuseCandidate>> FindReuseCandidatesAsync(ReuseSignature signature, ReuseOptions options, CancellationToken cancellationToken);

    /// <summary>Stores a document's signature and the relations found for it, in one transaction.</summary>
    Task SaveReuseAsync(string contentHash, ReuseSignature signature, IReadOnlyList<ReuseRelation> relations, ReuseOptions options, CancellationToken cancellationToken);

    /// <summary>The relations a document takes part in (by id), with passages; A sorts before B.</summary>
    Task<IReadOnlyList<ReuseRelation>> RelationsOfAsync(string id, CancellationToken cancellationToken);
}
