using Wiredesk.Core.Stories;
using Wiredesk.Storage.Contract.Support;

namespace Wiredesk.Storage.Contract;

/// <summary>What every store does with story placements, merges and story records.</summary>
public abstract class StoryStoreContract : StoreContract
{
    private static Story StoryOf(string id, params string[] documents) =>
        new(id, "Headline " + id, documents, new DateTimeOffset(2025, 5, 13, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 5, 14, 9, 0, 0, TimeSpan.Zero), ["Reuters"], 2, 1, [documents[^1]]);

    [Fact]
    public async Task New_articles_are_pending_in_ingestion_order_until_placed()
    {
        var (one, two) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"));
        await Store.SaveAsync([two, one], Ct);

        Assert.Equal([two.ContentHash, one.ContentHash], await StoryStore.PendingStoriesAsync(Ct));

        await StoryStore.SaveStoriesAsync([new StoryPlacement(two.ContentHash, "two", "s-1", null)], [], [StoryOf("s-1", "two")], Ct);

        Assert.Equal([one.ContentHash], await StoryStore.PendingStoriesAsync(Ct));
    }

    [Fact]
    public async Task Placements_and_stories_read_back_as_saved()
    {
        var (one, two) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"));
        await Store.SaveAsync([one, two], Ct);
        var story = StoryOf("s-1", "one", "two");

        await StoryStore.SaveStoriesAsync([new StoryPlacement(one.ContentHash, "one", "s-1", null), new StoryPlacement(two.ContentHash, "two", "s-1", "one")], [], [story], Ct);

        Assert.Equal([new StoryPlacement(one.ContentHash, "one", "s-1", null), new StoryPlacement(two.ContentHash, "two", "s-1", "one")], await StoryStore.PlacementsAsync(Ct));
        var read = await StoryStore.StoryAsync("s-1", Ct);
        Assert.NotNull(read);
        Assert.Equal(story.Documents, read.Documents);
        Assert.Equal(story.Sources, read.Sources);
        Assert.Equal(story.Copies, read.Copies);
        Assert.Equal(story with { Documents = read.Documents, Sources = read.Sources, Copies = read.Copies }, read);
        Assert.Null(await StoryStore.StoryAsync("s-unknown", Ct));
    }

    [Fact]
    public async Task A_merge_moves_the_members_and_drops_the_merged_story()
    {
        var (one, two, three) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"), Some.Article("three", "air defence"));
        await Store.SaveAsync([one, two, three], Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(one.ContentHash, "one", "s-a", null), new StoryPlacement(two.ContentHash, "two", "s-b", null)], [], [StoryOf("s-a", "one"), StoryOf("s-b", "two")], Ct);

        await StoryStore.SaveStoriesAsync([new StoryPlacement(three.ContentHash, "three", "s-a", null)], [("s-b", "s-a")], [StoryOf("s-a", "one", "two", "three")], Ct);

        Assert.All(await StoryStore.PlacementsAsync(Ct), p => Assert.Equal("s-a", p.StoryId));
        Assert.Equal(["s-a"], (await StoryStore.StoriesAsync(Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task The_id_of_a_merged_story_leads_to_the_story_it_was_merged_into_through_later_merges_too()
    {
        var (one, two, three) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"), Some.Article("three", "air defence"));
        await Store.SaveAsync([one, two, three], Ct);
        await StoryStore.SaveStoriesAsync(
            [new StoryPlacement(one.ContentHash, "one", "s-a", null), new StoryPlacement(two.ContentHash, "two", "s-b", null), new StoryPlacement(three.ContentHash, "three", "s-c", null)],
            [],
            [StoryOf("s-a", "one"), StoryOf("s-b", "two"), StoryOf("s-c", "three")],
            Ct);

        await StoryStore.SaveStoriesAsync([], [("s-c", "s-b")], [StoryOf("s-b", "two", "three")], Ct);
        Assert.Equal("s-b", (await StoryStore.StoryAsync("s-c", Ct))?.Id);

        await StoryStore.SaveStoriesAsync([], [("s-b", "s-a")], [StoryOf("s-a", "one", "two", "three")], Ct);

        foreach (var id in new[] { "s-a", "s-b", "s-c" })
        {
            var story = await StoryStore.StoryAsync(id, Ct);
            Assert.NotNull(story);
            Assert.Equal("s-a", story.Id);
            Assert.Equal(["one", "two", "three"], story.Documents);
        }

        Assert.Equal(["s-a"], (await StoryStore.StoriesAsync(Ct)).Select(s => s.Id));
        Assert.Null(await StoryStore.StoryAsync("s-d", Ct));
    }

    [Fact]
    public async Task A_placement_of_an_article_no_longer_stored_is_skipped_and_a_replaced_article_is_pending_again()
    {
        var first = Some.Article("one", "grain exports");
        await Store.SaveAsync([first], Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(first.ContentHash, "one", "s-1", null), new StoryPlacement("no-such-hash", "ghost", "s-1", null)], [], [StoryOf("s-1", "one")], Ct);
        Assert.Single(await StoryStore.PlacementsAsync(Ct));

        var replaced = Some.Article("one", "the Black Sea");
        await Store.SaveAsync([replaced], Ct);

        Assert.Empty(await StoryStore.PlacementsAsync(Ct));
        Assert.Equal([replaced.ContentHash], await StoryStore.PendingStoriesAsync(Ct));
    }

    [Fact]
    public async Task Stories_are_listed_newest_last_article_first()
    {
        var older = StoryOf("s-old", "a") with { Last = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var newer = StoryOf("s-new", "b");

        await StoryStore.SaveStoriesAsync([], [], [older, newer], Ct);

        Assert.Equal(["s-new", "s-old"], (await StoryStore.StoriesAsync(Ct)).Select(s => s.Id));
    }
}
