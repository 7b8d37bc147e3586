using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Text;
using Wiredesk.Storage.Contract.Support;

namespace Wiredesk.Storage.Contract;

/// <summary>What every store's reuse index does: pending articles, candidates as the in-memory index finds them, relations saved and read back.</summary>
public abstract class ReuseStoreContract : StoreContract
{
    private static readonly ReuseOptions Options = ReuseOptions.Default;

    [Fact]
    public async Task Pending_lists_new_articles_in_the_order_they_were_stored_and_not_analysed_ones()
    {
        var (first, second, third) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"), Some.Bare());
        await Store.SaveAsync([second], Ct);
        await Store.SaveAsync([third, first], Ct);
        await ReuseStore.SaveReuseAsync(third.ContentHash, Sign(third), [], Options, Ct);

        Assert.Equal([second.ContentHash, first.ContentHash], await ReuseStore.PendingReuseAsync(Ct));
    }

    [Fact]
    public async Task Saving_a_signature_takes_the_article_off_the_pending_list()
    {
        var article = Some.Article();
        await Store.SaveAsync([article], Ct);
        Assert.Equal([article.ContentHash], await ReuseStore.PendingReuseAsync(Ct));

        await ReuseStore.SaveReuseAsync(article.ContentHash, Sign(article), [], Options, Ct);

        Assert.Empty(await ReuseStore.PendingReuseAsync(Ct));
        var signature = Sign(article);
        Assert.Equal(signature.Fingerprints.Length + signature.BandKeys(Options.Bands).Distinct().Count(), await Harness.CountAsync("reuse_keys"));
    }

    [Fact]
    public async Task Candidates_are_those_of_the_in_memory_index_over_the_same_documents()
    {
        var documents = Stories.Generated(30, seed: 20251122);
        await Store.SaveAsync(documents, Ct);
        var capped = Options with { MaxPostingsPerKey = 3, MinSharedFingerprints = 2, MaxCandidates = 4 };
        var index = new InMemoryReuseIndex(Options);
        var cappedIndex = new InMemoryReuseIndex(capped);
        foreach (var document in documents)
        {
            var signature = Sign(document);
            index.Add(document.ContentHash, signature);
            cappedIndex.Add(document.ContentHash, signature);
            await ReuseStore.SaveReuseAsync(document.ContentHash, signature, [], Options, Ct);
        }

        var pairsFound = 0;
        foreach (var document in documents)
        {
            var signature = Sign(document);
            var found = await ReuseStore.FindReuseCandidatesAsync(signature, Options, Ct);
            Assert.Equal(index.FindCandidates(signature), found);
            Assert.Equal(cappedIndex.FindCandidates(signature), await ReuseStore.FindReuseCandidatesAsync(signature, capped, Ct));
            pairsFound += found.Any(c => c.DocumentKey != document.ContentHash && c.SharedFingerprints >= 2) ? 1 : 0;
        }

        // Not a vacuous match: the copied paragraphs and the near-duplicate are found, on both sides.
        Assert.True(pairsFound >= 14, $"{pairsFound} documents found a partner");
        var nearDuplicate = await ReuseStore.FindReuseCandidatesAsync(Sign(documents[13]), Options, Ct);
        Assert.Contains(nearDuplicate, c => c.DocumentKey == documents[12].ContentHash && c.SharedBands > 0);
    }

    [Fact]
    public async Task A_key_held_by_more_documents_than_the_cap_is_ignored()
    {
        const uint StockPhrase = 7;
        var stories = Enumerable.Range(0, 5).Select(i => Some.Bare($"brief-{i}", $"Brief number {i}: the ferry to the islands left on time.")).ToList();
        await Store.SaveAsync(stories, Ct);
        var index = new InMemoryReuseIndex(Options with { MaxPostingsPerKey = 4 });
        for (var i = 0; i < stories.Count; i++)
        {
            var signature = new ReuseSignature([StockPhrase, 100u + (uint)i], [], 40);
            index.Add(stories[i].ContentHash, signature);
            await ReuseStore.SaveReuseAsync(stories[i].ContentHash, signature, [], Options, Ct);
        }

        var query = new ReuseSignature([StockPhrase, 101], [], 40);
        var uncapped = await ReuseStore.FindReuseCandidatesAsync(query, Options with { MaxPostingsPerKey = 5 }, Ct);
        var capped = await ReuseStore.FindReuseCandidatesAsync(query, Options with { MaxPostingsPerKey = 4 }, Ct);

        Assert.Equal(5, uncapped.Count);
        Assert.Equal(new ReuseCandidate(stories[1].ContentHash, 2, 0), uncapped[0]);
        Assert.Equal([new ReuseCandidate(stories[1].ContentHash, 1, 0)], capped);
        Assert.Equal(index.FindCandidates(query), capped);
    }

    [Fact]
    public async Task A_stock_paragraph_in_many_stories_counts_only_below_the_cap()
    {
        const string Note = "Editor's note: an earlier version of this story misstated the name of the harbour master and the number of ships delayed by the strike; both have been corrected, and we regret the error.";
        var stories = Stories.Generated(16, seed: 7).Take(6).Select(s => Stories.Story(s.Id, s.Published!.Value, 9, s.Title!, s.TextOf(s.Paragraphs[1]), Note)).ToList();
        await Store.SaveAsync(stories, Ct);
        var capped = Options with { MaxPostingsPerKey = 4 };
        var index = new InMemoryReuseIndex(capped);
        foreach (var story in stories.Take(5))
        {
            index.Add(story.ContentHash, Sign(story));
            await ReuseStore.SaveReuseAsync(story.ContentHash, Sign(story), [], Options, Ct);
        }

        var newcomer = Sign(stories[5]);
        var all = await ReuseStore.FindReuseCandidatesAsync(newcomer, Options, Ct);
        var fewer = await ReuseStore.FindReuseCandidatesAsync(newcomer, capped, Ct);

        Assert.Equal(5, all.Count);
        Assert.All(all, c => Assert.True(c.SharedFingerprints >= 2, $"{c.SharedFingerprints} shared"));
        Assert.Equal(index.FindCandidates(newcomer), fewer);
        Assert.True(fewer.Sum(c => c.SharedFingerprints) < all.Sum(c => c.SharedFingerprints));
    }

    [Fact]
    public async Task A_relation_comes_back_with_its_passages_and_source_from_either_side()
    {
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        var relation = Relation(first, second, source: second.Id);

        await ReuseStore.SaveReuseAsync(second.ContentHash, Sign(second), [relation], Options, Ct);

        foreach (var id in new[] { first.Id, second.Id })
        {
            var stored = Assert.Single(await ReuseStore.RelationsOfAsync(id, Ct));
            Assert.Equal(relation.Passages, stored.Passages);
            Assert.Equal(relation, stored with { Passages = relation.Passages });
        }

        Assert.Equal(second.ContentHash, await Harness.ScalarAsync<string>("SELECT source_hash FROM reuse_relations;"));
        Assert.Empty(await ReuseStore.RelationsOfAsync("nobody", Ct));
    }

    [Fact]
    public async Task A_relation_without_a_source_stores_none_and_one_with_a_vanished_article_is_skipped()
    {
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        var gone = Some.Article("gamma", "a story that was never stored");

        await ReuseStore.SaveReuseAsync(second.ContentHash, Sign(second), [Relation(first, second, source: null), Relation(gone, second, source: gone.Id)], Options, Ct);

        var stored = Assert.Single(await ReuseStore.RelationsOfAsync(second.Id, Ct));
        Assert.Null(stored.Source);
        Assert.Equal(first.Id, stored.A);
        Assert.Equal(1, await Harness.CountAsync("reuse_relations"));
    }

    [Fact]
    public async Task Saving_the_same_analysis_twice_changes_nothing()
    {
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        var relation = Relation(first, second, source: first.Id);
        await ReuseStore.SaveReuseAsync(second.ContentHash, Sign(second), [relation], Options, Ct);
        var before = await SnapshotAsync();

        await ReuseStore.SaveReuseAsync(second.ContentHash, Sign(second), [relation], Options, Ct);

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(2, await Harness.CountAsync("reuse_passages"));
    }

    [Fact]
    public async Task Replacing_an_article_drops_its_reuse_data_and_makes_it_pending()
    {
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        await ReuseStore.SaveReuseAsync(first.ContentHash, Sign(first), [], Options, Ct);
        await ReuseStore.SaveReuseAsync(second.ContentHash, Sign(second), [Relation(first, second, source: first.Id)], Options, Ct);
        var keysOfSecond = await Harness.ScalarAsync<long>($"SELECT count(*) FROM reuse_keys WHERE content_hash = '{second.ContentHash}';");

        var replacement = Some.Article("alpha", "fertiliser prices");
        await Store.SaveAsync([replacement], Ct);

        Assert.Equal([replacement.ContentHash], await ReuseStore.PendingReuseAsync(Ct));
        Assert.Equal([second.ContentHash], await Harness.ColumnAsync("SELECT content_hash FROM reuse_signatures;"));
        Assert.Equal(0, await Harness.ScalarAsync<long>($"SELECT count(*) FROM reuse_keys WHERE content_hash <> '{second.ContentHash}';"));
        Assert.Equal(keysOfSecond, await Harness.CountAsync("reuse_keys"));
        Assert.Equal(0, await Harness.CountAsync("reuse_relations"));
        Assert.Equal(0, await Harness.CountAsync("reuse_passages"));
        Assert.Empty(await ReuseStore.RelationsOfAsync(second.Id, Ct));
    }

    [Fact]
    public async Task The_analyzer_finds_the_one_copied_passage_and_a_second_run_analyses_nothing()
    {
        await Store.SaveAsync(HarbourFire.All, Ct);
        var analyzer = new ReuseAnalyzer(ReuseStore, Options);

        var analysed = await analyzer.AnalyzePendingAsync(null, Ct);

        Assert.Equal(HarbourFire.All.Count, analysed);
        Assert.Empty(await ReuseStore.PendingReuseAsync(Ct));
        Assert.Equal(1, await Harness.CountAsync("reuse_relations"));
        var relation = Assert.Single(await ReuseStore.RelationsOfAsync(HarbourFire.Wire.Id, Ct));
        Assert.Equal((HarbourFire.Daily.Id, HarbourFire.Wire.Id, HarbourFire.Wire.Id, ReuseKind.Partial), (relation.A, relation.B, relation.Source, relation.Kind));
        var passage = Assert.Single(relation.Passages);
        Assert.StartsWith("the blaze for more than six hours", passage.A.Of(HarbourFire.Daily.Text), StringComparison.Ordinal);
        Assert.EndsWith("was not yet known", passage.A.Of(HarbourFire.Daily.Text), StringComparison.Ordinal);
        Assert.StartsWith("the blaze for more than six hours", passage.B.Of(HarbourFire.Wire.Text), StringComparison.Ordinal);
        Assert.False(passage.IsQuotation);
        Assert.InRange(passage.Score, 0.85, 0.99);
        foreach (var other in HarbourFire.Unrelated)
        {
            Assert.Empty(await ReuseStore.RelationsOfAsync(other.Id, Ct));
        }

        Assert.Equal(0, await analyzer.AnalyzePendingAsync(null, Ct));
        Assert.Equal(1, await Harness.CountAsync("reuse_relations"));
    }

    private static ReuseSignature Sign(Document document) => ReuseSigner.Sign(ReuseTokenizer.Tokenize(document), Options);

    /// <summary>A hand-made relation between two stored articles, with two passages in their body text.</summary>
    private static ReuseRelation Relation(Document first, Document second, string? source)
    {
        var (a, b) = string.CompareOrdinal(first.Id, second.Id) < 0 ? (first, second) : (second, first);
        var bodyA = a.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Select(p => p.Span).ToList();
        var bodyB = b.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Select(p => p.Span).ToList();
        return new ReuseRelation
        {
            A = a.Id,
            B = b.Id,
            AKey = a.ContentHash,
            BKey = b.ContentHash,
            Kind = ReuseKind.Partial,
            ContainmentA = 0.4375,
            ContainmentB = 1.0 / 3,
            Source = source,
            Passages =
            [
                new ReusePassage(bodyA[0], bodyB[0], 17, 0.9411764705882353, false),
                new ReusePassage(new TextSpan(bodyA[1].Start + 5, 40), new TextSpan(bodyB[1].Start + 7, 38), 8, 1, true),
            ],
        };
    }

    private Task<List<string>> SnapshotAsync() =>
        Harness.SnapshotAsync("reuse_signatures", "reuse_keys", "reuse_relations", "reuse_passages");
}
