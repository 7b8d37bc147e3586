using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Storage;

/// <summary>
/// Where cleaned documents are kept. Articles are keyed by their content hash: saving the same content twice changes nothing;
/// saving new content under a stored id replaces that article. Each call to <see cref="SaveAsync"/> is one transaction:
/// either every document of the batch is stored, or none is.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>Saves a batch of documents in one transaction and says what happened to each, in order.</summary>
    Task<IReadOnlyList<SaveResult>> SaveAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken);

    /// <summary>The document with this id, or <see langword="null"/>.</summary>
    Task<Document?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every stored document, ordered by publication date then id.</summary>
    IAsyncEnumerable<Document> ListAsync(CancellationToken cancellationToken);

    /// <summary>How many documents are stored.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Full-text search over titles and body paragraphs, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken);
}
