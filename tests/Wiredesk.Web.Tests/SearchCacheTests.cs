using Wiredesk.Web.Catalog;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Tests;

public sealed class SearchCacheTests
{
    private static SearchResponse Response(string query) => new(query, []);

    [Fact]
    public async Task A_query_asked_again_is_answered_without_searching_until_the_store_changes()
    {
        var version = new StoreVersion();
        var cache = new SearchCache(version);
        var searches = 0;
        Task<SearchResponse> Search()
        {
            searches++;
            return Task.FromResult(Response("harbor"));
        }

        await cache.GetAsync("harbor", 20, Search);
        await cache.GetAsync("harbor", 20, Search);
        Assert.Equal(1, searches);

        await cache.GetAsync("harbor", 10, Search);
        Assert.Equal(2, searches);

        version.Advance();
        await cache.GetAsync("harbor", 20, Search);
        Assert.Equal(3, searches);
    }

    [Fact]
    public async Task Requests_for_a_query_being_answered_wait_for_that_one_search()
    {
        var cache = new SearchCache(new StoreVersion());
        var release = new TaskCompletionSource();
        var searches = 0;
        async Task<SearchResponse> Search()
        {
            Interlocked.Increment(ref searches);
            await release.Task;
            return Response("ferry");
        }

        var waiting = Enumerable.Range(0, 20).Select(_ => cache.GetAsync("ferry", 20, Search)).ToList();
        release.SetResult();
        var answers = await Task.WhenAll(waiting);

        Assert.Equal(1, searches);
        Assert.All(answers, a => Assert.Same(answers[0], a));
    }

    [Fact]
    public async Task A_failed_search_is_not_kept()
    {
        var cache = new SearchCache(new StoreVersion());
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("x", 20, () => throw new InvalidOperationException("store gone")));

        var answer = await cache.GetAsync("x", 20, () => Task.FromResult(Response("x")));
        Assert.Equal("x", answer.Query);
    }
}
