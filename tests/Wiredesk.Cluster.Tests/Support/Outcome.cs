using System.Text.Json;
using Wiredesk.Core.Storage;
using Wiredesk.Storage.Sqlite;

namespace Wiredesk.Cluster.Tests.Support;

/// <summary>What an analysis left in a store, as text that compares whole: every relation, placement and story.</summary>
internal sealed record Outcome(IReadOnlyList<string> Relations, IReadOnlyList<string> Placements, IReadOnlyList<string> Stories, int Pending)
{
    public static async Task<Outcome> ReadAsync(SqliteArticleStore store, IEnumerable<string> ids)
    {
        var token = TestContext.Current.CancellationToken;
        var relations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var relation in await store.RelationsOfAsync(id, token))
            {
                relations.Add(JsonSerializer.Serialize(relation));
            }
        }

        var placements = (await store.PlacementsAsync(token)).Select(p => JsonSerializer.Serialize(p)).ToList();
        var stories = (await store.StoriesAsync(token)).Select(s => JsonSerializer.Serialize(s)).ToList();
        var pending = (await store.PendingReuseAsync(token)).Count + (await ((IStoryStore)store).PendingStoriesAsync(token)).Count;
        return new Outcome([.. relations], placements, stories, pending);
    }
}
