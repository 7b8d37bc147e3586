using Wiredesk.Core.Analysis;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;
using Wiredesk.Storage.Contract.Support;

namespace Wiredesk.Storage.Contract;

/// <summary>
/// What every store guarantees to writers working at once, through one instance or several (as separate processes
/// would): no article lost, none stored twice, the schema applied once, and analyses that take turns.
/// </summary>
public abstract class StoreConcurrencyContract : StoreContract
{
    protected override bool OpensOnStart => false;

    [Fact]
    public async Task Several_instances_opening_a_new_store_at_once_apply_the_schema_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Harness.OpenAnotherAsync, Ct)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.Equal(["1 initial schema", "2 text reuse index", "3 stories", "4 story merges", "5 story snapshot", "6 story members by document"], await Harness.ColumnAsync("SELECT version || ' ' || name FROM schema_migrations ORDER BY version;"));
    }

    [Fact]
    public async Task Two_instances_writing_at_once_lose_nothing()
    {
        var first = await Harness.OpenAsync();
        await using var second = await Harness.OpenAnotherAsync();

        var results = await Task.WhenAll(
            Task.Run(() => SaveOneByOneAsync(first, "first"), Ct),
            Task.Run(() => SaveOneByOneAsync(second, "second"), Ct));

        Assert.All(results.SelectMany(r => r), r => Assert.Equal(SaveStatus.Added, r.Status));
        Assert.Equal(100, await first.CountAsync(Ct));
        Assert.Equal(100, await Harness.CountAsync("articles_fts"));
    }

    [Fact]
    public async Task One_instance_used_from_many_tasks_at_once_loses_nothing()
    {
        var store = await Harness.OpenAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() => SaveOneByOneAsync(store, $"task-{t}", count: 10), Ct)));

        Assert.Equal(80, await store.CountAsync(Ct));
        Assert.Equal(80, (await store.SearchAsync("story", 100, Ct)).Count);
    }

    [Fact]
    public async Task Writers_saving_overlapping_batches_at_once_store_each_article_exactly_once()
    {
        var documents = Enumerable.Range(0, 90).Select(i => Some.Article($"wire-{i:00}", topic: $"harbour report {i}")).ToList();
        await Harness.OpenAsync();
        var writers = new List<IArticleStore> { Store };
        for (var w = 1; w < 4; w++)
        {
            writers.Add(await Harness.OpenAnotherAsync());
        }

        try
        {
            // Writer w saves documents 20w .. 20w+29 (each overlaps the next by ten), in batches of five, in its own order.
            var results = await Task.WhenAll(writers.Select((store, w) => Task.Run(async () =>
            {
                var mine = documents.Skip(20 * w).Take(30).ToList();
                var ordered = w % 2 == 0 ? mine : Enumerable.Reverse(mine).ToList();
                var saved = new List<SaveResult>();
                foreach (var batch in ordered.Chunk(5))
                {
                    saved.AddRange(await store.SaveAsync(batch, Ct));
                }

                return saved;
            }, Ct)));

            var all = results.SelectMany(r => r).ToList();
            Assert.Equal(documents.Count, all.Count(r => r.Status == SaveStatus.Added));
            Assert.Equal(all.Count - documents.Count, all.Count(r => r.Status == SaveStatus.Unchanged));
            Assert.DoesNotContain(all, r => r.Status == SaveStatus.Updated);
            Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), (await Harness.ColumnAsync("SELECT id FROM articles;")).Order(StringComparer.Ordinal));
            Assert.Equal(documents.Count, await Harness.CountAsync("articles_fts"));
            Assert.Equal(documents.Sum(d => d.Paragraphs.Count), await Harness.CountAsync("paragraphs"));
        }
        finally
        {
            foreach (var store in writers.Skip(1))
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Writers_replacing_one_article_at_once_leave_exactly_one_version()
    {
        await Harness.OpenAsync();
        var writers = new List<IArticleStore> { Store, await Harness.OpenAnotherAsync(), await Harness.OpenAnotherAsync() };
        try
        {
            await Task.WhenAll(writers.Select((store, w) => Task.Run(async () =>
            {
                for (var i = 0; i < 10; i++)
                {
                    await store.SaveAsync([Some.Article("contested", topic: $"version {w}.{i}"), Some.Bare($"writer-{w}-{i}", $"Writer {w} filed brief {i}.")], Ct);
                }
            }, Ct)));

            var stored = await Store.GetAsync("contested", Ct);
            Assert.NotNull(stored);
            Assert.Equal(31, await Store.CountAsync(Ct));
            Assert.Equal(31, await Harness.CountAsync("articles_fts"));
            Assert.Equal(stored.Paragraphs.Count + 30, await Harness.CountAsync("paragraphs"));
        }
        finally
        {
            foreach (var store in writers.Skip(1))
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_story_clusterer_kept_between_analyses_places_as_a_rebuilt_one_and_is_dropped_after_another_writer()
    {
        IReadOnlyList<Document> documents = [.. HarbourFire.All, .. Stories.Generated(24, seed: 5)];
        var batches = documents.Chunk(5).ToList();
        Assert.True(batches.Count >= 6);
        await Harness.OpenAsync();
        var warm = new WarmStories();
        async Task AnalyzeWarmAsync(Document[] batch)
        {
            await Store.SaveAsync(batch, Ct);
            await StoreAnalysis.AnalyzePendingAsync(Store, null, Ct, warm);
        }

        foreach (var batch in batches.Take(3))
        {
            await AnalyzeWarmAsync(batch);
        }

        Assert.Equal((1, 2), (warm.Missed, warm.Reused));

        // Another process, without this one's clusterer, places a batch: what this one kept is no longer the store's.
        await using (var other = await Harness.OpenAnotherAsync())
        {
            await other.SaveAsync(batches[3], Ct);
            await StoreAnalysis.AnalyzePendingAsync(other, null, Ct);
        }

        foreach (var batch in batches.Skip(4))
        {
            await AnalyzeWarmAsync(batch);
        }

        Assert.Equal((2, batches.Count - 3), (warm.Missed, warm.Reused));

        // As a server stops: the kept clusterer is saved, for exactly the store's placements.
        await warm.SaveAsync(StoryStore, StoryOptions.Default, Ct);
        Assert.Equal(await StoryStore.PlacementMarkAsync(Ct), (await StoryStore.StorySnapshotAsync(Ct))?.Mark);
        await using var reference = CreateHarness();
        await reference.PrepareAsync();
        await reference.OpenAsync();
        foreach (var batch in batches)
        {
            // Each batch placed after a rebuild: the saved snapshot's fingerprint spoiled every time.
            await reference.Store.SaveAsync(batch, Ct);
            await ((IStoryStore)reference.Store).SaveStorySnapshotAsync(new StorySnapshot(default, "none", Array.Empty<byte>()), Ct);
            await StoreAnalysis.AnalyzePendingAsync(reference.Store, null, Ct);
        }

        Assert.Equal(await AnalysisOfAsync(reference.Store, documents), await AnalysisOfAsync(Store, documents));
        Assert.Empty(await StoryStore.PendingStoriesAsync(Ct));
    }

    [Fact]
    public async Task A_story_analysis_stopped_midway_saves_nothing_and_the_next_does_not_use_the_kept_clusterer()
    {
        var documents = Stories.Generated(16, seed: 3);
        await Harness.OpenAsync();
        var warm = new WarmStories();
        await Store.SaveAsync([.. documents.Take(8)], Ct);
        await StoreAnalysis.AnalyzePendingAsync(Store, null, Ct, warm);
        await Store.SaveAsync([.. documents.Skip(8)], Ct);
        var placed = await Harness.CountAsync("story_members");

        // Stopped after its first article: the kept clusterer has placed it, the store has not.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var analyzer = new StoryAnalyzer(Store, StoryStore, ReuseStore, StoryOptions.Default, warm);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analyzer.AnalyzePendingAsync(new AtOnce(_ => stop.Cancel()), stop.Token));
        Assert.Equal(placed, await Harness.CountAsync("story_members"));

        await StoreAnalysis.AnalyzePendingAsync(Store, null, Ct, warm);

        // The stopped analysis used the kept clusterer; the one after it started from the store's snapshot instead.
        Assert.Equal((2, 1), (warm.Missed, warm.Reused));
        Assert.Empty(await StoryStore.PendingStoriesAsync(Ct));
        Assert.Equal(documents.Count, await Harness.CountAsync("story_members"));
    }

    /// <summary>Reports on the caller's thread, as it happens.</summary>
    private sealed class AtOnce(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    [Fact]
    public async Task Analyses_running_at_once_find_what_one_analysis_finds()
    {
        IReadOnlyList<Document> documents = [.. HarbourFire.All, .. Stories.Generated(24, seed: 5)];
        await Harness.OpenAsync();
        await Store.SaveAsync(documents, Ct);
        var analysts = new List<IArticleStore> { Store, await Harness.OpenAnotherAsync(), await Harness.OpenAnotherAsync() };
        try
        {
            await Task.WhenAll(analysts.Select(store => Task.Run(() => StoreAnalysis.AnalyzePendingAsync(store, null, Ct), Ct)));
        }
        finally
        {
            foreach (var store in analysts.Skip(1))
            {
                await store.DisposeAsync();
            }
        }

        await using var reference = CreateHarness();
        await reference.PrepareAsync();
        await reference.OpenAsync();
        await reference.Store.SaveAsync(documents, Ct);
        await StoreAnalysis.AnalyzePendingAsync(reference.Store, null, Ct);

        Assert.Empty(await ReuseStore.PendingReuseAsync(Ct));
        Assert.Empty(await StoryStore.PendingStoriesAsync(Ct));
        Assert.Equal(documents.Count, await Harness.CountAsync("story_members"));
        Assert.Equal(await AnalysisOfAsync(reference.Store, documents), await AnalysisOfAsync(Store, documents));
        Assert.Contains("harbour-fire-daily", await AnalysisOfAsync(Store, documents), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writers_that_ingest_and_analyse_at_once_find_every_copy_and_keep_every_story_whole()
    {
        // Stories 2k and 2k+1 (k < 6) share a paragraph and 12 and 13 are near-duplicates; every third story goes to one
        // writer, so each copied pair is split between two writers that analyse while the other is still saving.
        var documents = Stories.Generated(36, seed: 11);
        await Harness.OpenAsync();
        var writers = new List<IArticleStore> { Store, await Harness.OpenAnotherAsync(), await Harness.OpenAnotherAsync() };
        try
        {
            await Task.WhenAll(writers.Select((store, w) => Task.Run(async () =>
            {
                foreach (var batch in documents.Where((_, i) => i % writers.Count == w).Chunk(2))
                {
                    await store.SaveAsync(batch, Ct);
                    await StoreAnalysis.AnalyzePendingAsync(store, null, Ct);
                }
            }, Ct)));
        }
        finally
        {
            foreach (var store in writers.Skip(1))
            {
                await store.DisposeAsync();
            }
        }

        Assert.Empty(await ReuseStore.PendingReuseAsync(Ct));
        Assert.Empty(await StoryStore.PendingStoriesAsync(Ct));
        foreach (var (a, b) in Enumerable.Range(0, 6).Select(k => (2 * k, (2 * k) + 1)).Append((12, 13)))
        {
            Assert.Contains(await ReuseStore.RelationsOfAsync(documents[a].Id, Ct), r => r.A == documents[b].Id || r.B == documents[b].Id);
        }

        var placements = await StoryStore.PlacementsAsync(Ct);
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), placements.Select(p => p.DocumentId).Order(StringComparer.Ordinal));
        var stories = await StoryStore.StoriesAsync(Ct);
        Assert.Equal(placements.Select(p => p.StoryId).Distinct().Order(StringComparer.Ordinal), stories.Select(s => s.Id).Order(StringComparer.Ordinal));
        foreach (var story in stories)
        {
            Assert.Equal(placements.Where(p => p.StoryId == story.Id).Select(p => p.DocumentId).Order(StringComparer.Ordinal), story.Documents.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_stage_held_through_one_instance_is_not_granted_through_another_until_released()
    {
        await Harness.OpenAsync();
        await using var other = await Harness.OpenAnotherAsync();
        var held = await ((IAnalysisLock)Store).LockStageAsync("reuse", Ct);

        var waiting = ((IAnalysisLock)other).LockStageAsync("reuse", Ct);
        await (await ((IAnalysisLock)other).LockStageAsync("stories", Ct)).DisposeAsync();
        await Task.Delay(300, Ct);
        Assert.False(waiting.IsCompleted, "the second instance was given a stage the first one holds");

        await held.DisposeAsync();
        await (await waiting).DisposeAsync();
    }

    [Fact]
    public async Task Analysis_waits_while_another_instance_holds_its_stage()
    {
        await Harness.OpenAsync();
        await Store.SaveAsync([HarbourFire.Wire, HarbourFire.Daily], Ct);
        await using var other = await Harness.OpenAnotherAsync();
        var held = await ((IAnalysisLock)Store).LockStageAsync("reuse", Ct);

        var analysis = StoreAnalysis.AnalyzePendingAsync(other, null, Ct);
        await Task.Delay(1000, Ct);
        Assert.Equal(2, (await ReuseStore.PendingReuseAsync(Ct)).Count);
        Assert.False(analysis.IsCompleted, "the analysis ran while another instance held its stage");

        await held.DisposeAsync();
        await analysis;
        Assert.Empty(await ReuseStore.PendingReuseAsync(Ct));
        Assert.Single(await ReuseStore.RelationsOfAsync(HarbourFire.Wire.Id, Ct));
    }

    [Fact]
    public async Task Waiting_for_a_held_stage_can_be_cancelled()
    {
        await Harness.OpenAsync();
        await using var held = await ((IAnalysisLock)Store).LockStageAsync("stories", Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var waiting = ((IAnalysisLock)Store).LockStageAsync("stories", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    /// <summary>The relations and stories a store holds, as text: relations per document, then every story with its members.</summary>
    private static async Task<string> AnalysisOfAsync(IArticleStore store, IReadOnlyList<Document> documents)
    {
        var lines = new List<string>();
        foreach (var document in documents)
        {
            foreach (var relation in await ((IReuseStore)store).RelationsOfAsync(document.Id, Ct))
            {
                lines.Add($"{relation.A} ~ {relation.B} {relation.Kind} {relation.Passages.Count} source {relation.Source}");
            }
        }

        foreach (var story in await ((IStoryStore)store).StoriesAsync(Ct))
        {
            lines.Add($"{story.Id}: {string.Join(' ', story.Documents)}");
        }

        return string.Join('\n', lines);
    }

    private static async Task<List<SaveResult>> SaveOneByOneAsync(IArticleStore store, string writer, int count = 50)
    {
        var results = new List<SaveResult>();
        for (var i = 0; i < count; i++)
        {
            results.AddRange(await store.SaveAsync([Some.Article($"{writer}-{i}", topic: $"{writer} story {i}")], Ct));
        }

        return results;
    }
}
