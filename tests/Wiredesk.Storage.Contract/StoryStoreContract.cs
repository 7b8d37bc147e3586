using Wiredesk.Core.Analysis;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;
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

    [Fact]
    public async Task The_newest_stories_are_the_first_of_the_list_and_no_more()
    {
        var stories = Enumerable.Range(0, 12)
            .Select(i => StoryOf($"s-{i:00}", $"d-{i:00}") with { Last = new DateTimeOffset(2025, 1, 1 + (i % 5), 0, 0, 0, TimeSpan.Zero) })
            .Append(StoryOf("s-undated", "d-undated") with { First = null, Last = null })
            .ToList();
        await StoryStore.SaveStoriesAsync([], [], stories, Ct);
        var all = (await StoryStore.StoriesAsync(Ct)).Select(s => s.Id).ToList();
        Assert.Equal("s-undated", all[^1]);

        foreach (var count in new[] { 0, 1, 5, 12, 13, 50 })
        {
            Assert.Equal(all.Take(count), (await StoryStore.NewestStoriesAsync(count, Ct)).Select(s => s.Id));
        }

        Assert.Empty(await StoryStore.NewestStoriesAsync(-1, Ct));
    }

    [Fact]
    public async Task The_stories_of_given_documents_are_those_holding_any_of_them_newest_first_merged_ones_followed()
    {
        var (one, two, three, four) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"), Some.Article("three", "air defence"), Some.Article("four", "ferry inquiry"));
        await Store.SaveAsync([one, two, three, four], Ct);
        var older = StoryOf("s-a", "one", "two") with { Last = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        await StoryStore.SaveStoriesAsync(
            [new StoryPlacement(one.ContentHash, "one", "s-a", null), new StoryPlacement(two.ContentHash, "two", "s-a", null), new StoryPlacement(three.ContentHash, "three", "s-b", null), new StoryPlacement(four.ContentHash, "four", "s-c", null)],
            [],
            [older, StoryOf("s-b", "three"), StoryOf("s-c", "four")],
            Ct);

        Assert.Equal(["s-b", "s-a"], (await StoryStore.StoriesOfAsync(["two", "three", "one", "unknown"], Ct)).Select(s => s.Id));
        Assert.Empty(await StoryStore.StoriesOfAsync(["unknown"], Ct));
        Assert.Empty(await StoryStore.StoriesOfAsync([], Ct));

        // A merge moves the members: the survivor holds them now, once.
        await StoryStore.SaveStoriesAsync([], [("s-b", "s-a")], [older with { Documents = ["one", "two", "three"] }], Ct);
        var found = await StoryStore.StoriesOfAsync(["three", "one"], Ct);
        Assert.Equal(["s-a"], found.Select(s => s.Id));
        Assert.Equal(["one", "two", "three"], found[0].Documents);

        // Ids with quotes and commas pass as data, and a long list in one call.
        var odd = Some.Article("it's \"odd\", isn't it", "harbour strike");
        await Store.SaveAsync([odd], Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(odd.ContentHash, odd.Id, "s-d", null)], [], [StoryOf("s-d", odd.Id)], Ct);
        string[] many = [.. Enumerable.Range(0, 5_000).Select(i => $"absent-{i}"), odd.Id];
        Assert.Equal(["s-d"], (await StoryStore.StoriesOfAsync(many, Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task A_story_snapshot_reads_back_as_saved_and_a_new_one_replaces_it()
    {
        Assert.Null(await StoryStore.StorySnapshotAsync(Ct));
        var first = new StorySnapshot(new PlacementMark(3, 7), "code and options", new byte[] { 1, 2, 3, 0, 255 });
        var second = new StorySnapshot(new PlacementMark(5, 12), "other code", Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray());

        await StoryStore.SaveStorySnapshotAsync(first, Ct);
        var read = await StoryStore.StorySnapshotAsync(Ct);
        Assert.NotNull(read);
        Assert.Equal((first.Mark, first.Fingerprint), (read.Mark, read.Fingerprint));
        Assert.Equal(first.Data.ToArray(), read.Data.ToArray());

        await StoryStore.SaveStorySnapshotAsync(second, Ct);
        read = await StoryStore.StorySnapshotAsync(Ct);
        Assert.NotNull(read);
        Assert.Equal((second.Mark, second.Fingerprint), (read.Mark, read.Fingerprint));
        Assert.Equal(second.Data.ToArray(), read.Data.ToArray());
        Assert.Equal(1, await Harness.CountAsync("story_snapshot"));
    }

    [Fact]
    public async Task An_analysis_starts_from_the_saved_snapshot_only_while_it_is_the_stores_and_places_as_a_rebuild_would()
    {
        IReadOnlyList<Document> documents = [.. HarbourFire.All, .. Stories.Generated(30, seed: 7)];
        var batches = documents.Chunk(5).ToList();
        var origins = new List<ClustererOrigin>();
        async Task<StoryAnalyzer> AnalyzeAsync(Document[] batch)
        {
            await Store.SaveAsync(batch, Ct);
            await new ReuseAnalyzer(ReuseStore, ReuseOptions.Default).AnalyzePendingAsync(null, Ct);
            var analyzer = new StoryAnalyzer(Store, StoryStore, ReuseStore, StoryOptions.Default);
            await analyzer.AnalyzePendingAsync(null, Ct);
            origins.Add(analyzer.Origin);
            return analyzer;
        }

        await AnalyzeAsync(batches[0]);
        var early = await StoryStore.StorySnapshotAsync(Ct);
        Assert.NotNull(early);
        Assert.Equal(await StoryStore.PlacementMarkAsync(Ct), early.Mark);
        await AnalyzeAsync(batches[1]);
        await AnalyzeAsync(batches[2]);

        // A snapshot older than the placements (a process stopped between saving them and saving it): caught up.
        await StoryStore.SaveStorySnapshotAsync(early, Ct);
        await AnalyzeAsync(batches[3]);

        // Damaged bytes under the right mark and fingerprint: rebuilt, and the reason told.
        var saved = await StoryStore.StorySnapshotAsync(Ct);
        Assert.NotNull(saved);
        await StoryStore.SaveStorySnapshotAsync(saved with { Data = saved.Data[..(saved.Data.Length / 2)] }, Ct);
        var afterDamage = await AnalyzeAsync(batches[4]);
        Assert.NotNull(afterDamage.SnapshotProblem);

        foreach (var batch in batches.Skip(5))
        {
            await AnalyzeAsync(batch);
        }

        Assert.Equal(
            [ClustererOrigin.Rebuilt, ClustererOrigin.Snapshot, ClustererOrigin.Snapshot, ClustererOrigin.CaughtUp, ClustererOrigin.Rebuilt, .. batches.Skip(5).Select(_ => ClustererOrigin.Snapshot)],
            origins);

        Assert.Equal(await StoriesPlacedAfterRebuildsAsync(batches), await StoriesOfAsync(StoryStore));
        Assert.Empty(await StoryStore.PendingStoriesAsync(Ct));
    }

    [Fact]
    public async Task Placements_are_counted_up_to_a_number_and_a_lost_one_lowers_the_count()
    {
        var (one, two, three) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"), Some.Article("three", "air defence"));
        await Store.SaveAsync([one, two, three], Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(one.ContentHash, "one", "s-a", null), new StoryPlacement(two.ContentHash, "two", "s-a", null)], [], [StoryOf("s-a", "one", "two")], Ct);
        var mark = await StoryStore.PlacementMarkAsync(Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(three.ContentHash, "three", "s-b", null)], [], [StoryOf("s-b", "three")], Ct);

        Assert.Equal(2, await StoryStore.PlacementsUpToAsync(mark.Last, Ct));
        Assert.Equal(3, await StoryStore.PlacementsUpToAsync((await StoryStore.PlacementMarkAsync(Ct)).Last, Ct));
        Assert.Equal(0, await StoryStore.PlacementsUpToAsync(0, Ct));

        // Replaced, and placed again: the count up to the old mark falls though the total is back where it was.
        var replaced = Some.Article("two", "the Sea of Azov");
        await Store.SaveAsync([replaced], Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(replaced.ContentHash, "two", "s-a", null)], [], [StoryOf("s-a", "one", "two")], Ct);
        Assert.Equal(3, (await StoryStore.PlacementMarkAsync(Ct)).Count);
        Assert.Equal(1, await StoryStore.PlacementsUpToAsync(mark.Last, Ct));
    }

    [Fact]
    public async Task An_older_snapshot_is_caught_up_only_while_the_placements_it_holds_are_unchanged()
    {
        IReadOnlyList<Document> documents = [.. HarbourFire.All, .. Stories.Generated(35, seed: 11)];
        var batches = documents.Chunk(5).ToList();
        async Task<ClustererOrigin> AnalyzeAsync(Document[] batch)
        {
            await Store.SaveAsync(batch, Ct);
            var analyzer = new StoryAnalyzer(Store, StoryStore, ReuseStore, StoryOptions.Default);
            await analyzer.AnalyzePendingAsync(null, Ct);
            return analyzer.Origin;
        }

        async Task<StorySnapshot> SnapshotAsync() => await StoryStore.StorySnapshotAsync(Ct) ?? throw new InvalidOperationException("no snapshot");

        await AnalyzeAsync(batches[0]);
        await AnalyzeAsync(batches[1]);
        var older = await SnapshotAsync();
        await AnalyzeAsync(batches[2]);
        await AnalyzeAsync(batches[3]);
        await StoryStore.SaveStorySnapshotAsync(older, Ct);
        Assert.Equal(ClustererOrigin.CaughtUp, await AnalyzeAsync(batches[4]));
        Assert.Equal(ClustererOrigin.Snapshot, await AnalyzeAsync(batches[5]));

        // Another process merged two stories the snapshot holds (and placed an article with the merge): rebuilt.
        older = await SnapshotAsync();
        var held = (await StoryStore.StoriesAsync(Ct)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var extra = batches[6][0];
        await Store.SaveAsync([extra], Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(extra.ContentHash, extra.Id, held[0].Id, null)], [(held[1].Id, held[0].Id)], [], Ct);
        Assert.Equal(ClustererOrigin.Rebuilt, await AnalyzeAsync(batches[6][1..]));

        // Another process replaced an article the snapshot holds and placed the new version: rebuilt.
        older = await SnapshotAsync();
        var placed = (await StoryStore.PlacementsAsync(Ct))[0];
        var replaced = Some.Article(placed.DocumentId, "a corrected version of the article");
        await Store.SaveAsync([replaced], Ct);
        await StoryStore.SaveStoriesAsync([new StoryPlacement(replaced.ContentHash, replaced.Id, placed.StoryId, null)], [], [], Ct);
        await StoryStore.SaveStorySnapshotAsync(older, Ct);
        Assert.Equal(ClustererOrigin.Rebuilt, await AnalyzeAsync(batches[7]));
        Assert.Empty(await StoryStore.PendingStoriesAsync(Ct));
    }

    [Fact]
    public async Task A_process_keeping_no_clusterer_lets_the_snapshot_lag_by_a_64th_of_the_store_and_catches_it_up()
    {
        var documents = new SyntheticStories(seed: 4).Articles(132).Select(a => a.Document).ToList();
        List<Document[]> batches = [[.. documents.Take(128)], .. documents.Skip(128).Select(d => new[] { d })];
        var seen = new List<(ClustererOrigin Origin, long Snapshot)>();
        foreach (var batch in batches)
        {
            await Store.SaveAsync(batch, Ct);
            await new ReuseAnalyzer(ReuseStore, ReuseOptions.Default).AnalyzePendingAsync(null, Ct);
            var analyzer = new StoryAnalyzer(Store, StoryStore, ReuseStore, StoryOptions.Default);
            await analyzer.AnalyzePendingAsync(null, Ct);
            seen.Add((analyzer.Origin, (await StoryStore.StorySnapshotAsync(Ct))!.Mark.Count));
        }

        // 128 placements: a snapshot two behind (128 / 64) is written again, one behind is left to be caught up.
        Assert.Equal(
            [(ClustererOrigin.Rebuilt, 128), (ClustererOrigin.Snapshot, 128), (ClustererOrigin.CaughtUp, 130), (ClustererOrigin.Snapshot, 130), (ClustererOrigin.CaughtUp, 132)],
            seen);

        Assert.Equal(await StoriesPlacedAfterRebuildsAsync(batches), await StoriesOfAsync(StoryStore));
    }

    /// <summary>The stories of the same batches in a new store, each placed after a rebuild (the snapshot's fingerprint
    /// spoiled every time).</summary>
    private async Task<List<string>> StoriesPlacedAfterRebuildsAsync(IEnumerable<Document[]> batches)
    {
        await using var reference = CreateHarness();
        await reference.PrepareAsync();
        await reference.OpenAsync();
        var referenceStories = (IStoryStore)reference.Store;
        foreach (var batch in batches)
        {
            await reference.Store.SaveAsync(batch, Ct);
            await referenceStories.SaveStorySnapshotAsync(new StorySnapshot(default, "none", Array.Empty<byte>()), Ct);
            await StoreAnalysis.AnalyzePendingAsync(reference.Store, null, Ct);
        }

        return await StoriesOfAsync(referenceStories);
    }

    private static async Task<List<string>> StoriesOfAsync(IStoryStore stories) =>
        [.. (await stories.StoriesAsync(Ct)).Select(s => $"{s.Id} {s.Title} {s.IndependentSources}: {string.Join(' ', s.Documents)}")];
}
