using System.Collections.Concurrent;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Catalog;

/// <summary>
/// Search responses of the store's current version, so that a query asked again (news searches repeat: the same names
/// and events) is answered without the store. Emptied whenever an ingest moves the version, and when it holds
/// <see cref="Capacity"/> queries.
/// </summary>
internal sealed class SearchCache(StoreVersion version)
{
    /// <summary>The most queries held at once.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Query, int Limit), Lazy<Task<SearchResponse>>> _responses = new();
    private readonly Lock _gate = new();
    private long _version = -1;

    /// <summary>The response held for <paramref name="query"/> and <paramref name="limit"/>, or one made by <paramref name="search"/> and kept.</summary>
    public async Task<SearchResponse> GetAsync(string query, int limit, Func<Task<SearchResponse>> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var current = version.Value;
        lock (_gate)
        {
            if (_version != current || _responses.Count >= Capacity)
            {
                _responses.Clear();
                _version = current;
            }
        }

        // Requests for the same query while it is being answered wait for that one search instead of starting their own.
        var entry = _responses.GetOrAdd((query, limit), _ => new Lazy<Task<SearchResponse>>(search));
        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            _responses.TryRemove(new KeyValuePair<(string, int), Lazy<Task<SearchResponse>>>((query, limit), entry));
            throw;
        }
    }
}
