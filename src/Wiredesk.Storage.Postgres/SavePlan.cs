using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;

namespace Wiredesk.Storage.Postgres;

/// <summary>
/// What saving a batch does, decided in memory from the rows the batch could touch (read under the batch's locks), as if
/// the documents were saved one after another: content stored already (under any id, also earlier in the batch) is
/// unchanged; new content under a stored id deletes that article first.
/// </summary>
internal sealed class SavePlan
{
    private readonly Dictionary<string, string> _idByHash;
    private readonly Dictionary<string, string> _hashById;

    /// <param name="stored">The stored articles that share a content hash or an id with the batch.</param>
    public SavePlan(IEnumerable<(string ContentHash, string Id)> stored)
    {
        _idByHash = new(StringComparer.Ordinal);
        _hashById = new(StringComparer.Ordinal);
        foreach (var (hash, id) in stored)
        {
            _idByHash[hash] = id;
            _hashById[id] = hash;
        }
    }

    /// <summary>The writes, in order: a content hash to delete, or a document to insert.</summary>
    public List<(string? Delete, Document? Insert)> Steps { get; } = [];

    /// <summary>What happened to each document, in order.</summary>
    public List<SaveResult> Results { get; } = [];

    /// <summary>Plans the next document of the batch.</summary>
    public void Add(Document document)
    {
        if (_idByHash.TryGetValue(document.ContentHash, out var storedId))
        {
            Results.Add(new SaveResult(storedId, SaveStatus.Unchanged));
            return;
        }

        var status = SaveStatus.Added;
        if (_hashById.Remove(document.Id, out var oldHash))
        {
            _idByHash.Remove(oldHash);
            Steps.Add((oldHash, null));
            status = SaveStatus.Updated;
        }

        _idByHash[document.ContentHash] = document.Id;
        _hashById[document.Id] = document.ContentHash;
        Steps.Add((null, document));
        Results.Add(new SaveResult(document.Id, status));
    }
}
