using Microsoft.Data.Sqlite;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Text;
using Wiredesk.Storage.Sqlite.Migrations;
using Wiredesk.Storage.Sqlite.Tests.Support;

namespace Wiredesk.Storage.Sqlite.Tests;

public sealed class SqliteReuseStoreTests : IAsyncLifetime
{
    private static readonly ReuseOptions Options = ReuseOptions.Default;

    private readonly StoreFile _file = new();

    private SqliteArticleStore Store => _file.Store;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task A_new_store_has_the_reuse_tables()
    {
        await _file.OpenAsync();

        var tables = await RawSql.ColumnAsync(_file.Path, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'reuse\\_%' ESCAPE '\\' ORDER BY name;");
        Assert.Equal(["reuse_keys", "reuse_passages", "reuse_relations", "reuse_signatures"], tables);
        Assert.Equal(3, await RawSql.ScalarAsync<long>(_file.Path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task Opening_a_store_written_before_reuse_adds_the_tables_and_leaves_its_articles_pending()
    {
        var old = Some.Article();
        await WriteVersionOneStoreAsync(_file.Path, old);

        await _file.OpenAsync();

        Assert.Equal(["1 initial schema", "2 text reuse index", "3 stories"], await RawSql.ColumnAsync(_file.Path, "SELECT version || ' ' || name FROM schema_migrations ORDER BY version;"));
        Assert.Equal(3, await RawSql.ScalarAsync<long>(_file.Path, "PRAGMA user_version;"));
        Assert.Equal([old.ContentHash], await Store.PendingReuseAsync(Ct));
        var read = await Store.GetByHashAsync(old.ContentHash, Ct);
        Assert.NotNull(read);
        Assert.Equal(old.Paragraphs, read.Paragraphs);
        Assert.Equal(old, read with { Paragraphs = old.Paragraphs });
    }

    [Fact]
    public async Task Pending_lists_new_articles_in_the_order_they_were_stored_and_not_analysed_ones()
    {
        await _file.OpenAsync();
        var (first, second, third) = (Some.Article("one", "grain exports"), Some.Article("two", "the Black Sea"), Some.Bare());
        await Store.SaveAsync([second], Ct);
        await Store.SaveAsync([third, first], Ct);
        await Store.SaveReuseAsync(third.ContentHash, Sign(third), [], Options, Ct);

        Assert.Equal([second.ContentHash, first.ContentHash], await Store.PendingReuseAsync(Ct));
    }

    [Fact]
    public async Task Saving_a_signature_takes_the_article_off_the_pending_list()
    {
        await _file.OpenAsync();
        var article = Some.Article();
        await Store.SaveAsync([article], Ct);
        Assert.Equal([article.ContentHash], await Store.PendingReuseAsync(Ct));

        await Store.SaveReuseAsync(article.ContentHash, Sign(article), [], Options, Ct);

        Assert.Empty(await Store.PendingReuseAsync(Ct));
        var signature = Sign(article);
        Assert.Equal(signature.Fingerprints.Length + signature.BandKeys(Options.Bands).Distinct().Count(), await RawSql.CountAsync(_file.Path, "reuse_keys"));
    }

    [Fact]
    public async Task Candidates_are_those_of_the_in_memory_index_over_the_same_documents()
    {
        await _file.OpenAsync();
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
            await Store.SaveReuseAsync(document.ContentHash, signature, [], Options, Ct);
        }

        var pairsFound = 0;
        foreach (var document in documents)
        {
            var signature = Sign(document);
            var found = await Store.FindReuseCandidatesAsync(signature, Options, Ct);
            Assert.Equal(index.FindCandidates(signature), found);
            Assert.Equal(cappedIndex.FindCandidates(signature), await Store.FindReuseCandidatesAsync(signature, capped, Ct));
            pairsFound += found.Any(c => c.DocumentKey != document.ContentHash && c.SharedFingerprints >= 2) ? 1 : 0;
        }

        // Not a vacuous match: the copied paragraphs and the near-duplicate are found, on both sides.
        Assert.True(pairsFound >= 14, $"{pairsFound} documents found a partner");
        var nearDuplicate = await Store.FindReuseCandidatesAsync(Sign(documents[13]), Options, Ct);
        Assert.Contains(nearDuplicate, c => c.DocumentKey == documents[12].ContentHash && c.SharedBands > 0);
    }

    [Fact]
    public async Task A_key_held_by_more_documents_than_the_cap_is_ignored()
    {
        await _file.OpenAsync();
        const uint StockPhrase = 7;
        var stories = Enumerable.Range(0, 5).Select(i => Some.Bare($"brief-{i}", $"Brief number {i}: the ferry to the islands left on time.")).ToList();
        await Store.SaveAsync(stories, Ct);
        var index = new InMemoryReuseIndex(Options with { MaxPostingsPerKey = 4 });
        for (var i = 0; i < stories.Count; i++)
        {
            var signature = new ReuseSignature([StockPhrase, 100u + (uint)i], [], 40);
            index.Add(stories[i].ContentHash, signature);
            await Store.SaveReuseAsync(stories[i].ContentHash, signature, [], Options, Ct);
        }

        var query = new ReuseSignature([StockPhrase, 101], [], 40);
        var uncapped = await Store.FindReuseCandidatesAsync(query, Options with { MaxPostingsPerKey = 5 }, Ct);
        var capped = await Store.FindReuseCandidatesAsync(query, Options with { MaxPostingsPerKey = 4 }, Ct);

        Assert.Equal(5, uncapped.Count);
        Assert.Equal(new ReuseCandidate(stories[1].ContentHash, 2, 0), uncapped[0]);
        Assert.Equal([new ReuseCandidate(stories[1].ContentHash, 1, 0)], capped);
        Assert.Equal(index.FindCandidates(query), capped);
    }

    [Fact]
    public async Task A_stock_paragraph_in_many_stories_counts_only_below_the_cap()
    {
        await _file.OpenAsync();
        const string Note = "Editor's note: an earlier version of this story misstated the name of the harbour master and the number of ships delayed by the strike; both have been corrected, and we regret the error.";
        var stories = Stories.Generated(16, seed: 7).Take(6).Select(s => Stories.Story(s.Id, s.Published!.Value, 9, s.Title!, s.TextOf(s.Paragraphs[1]), Note)).ToList();
        await Store.SaveAsync(stories, Ct);
        var capped = Options with { MaxPostingsPerKey = 4 };
        var index = new InMemoryReuseIndex(capped);
        foreach (var story in stories.Take(5))
        {
            index.Add(story.ContentHash, Sign(story));
            await Store.SaveReuseAsync(story.ContentHash, Sign(story), [], Options, Ct);
        }

        var newcomer = Sign(stories[5]);
        var all = await Store.FindReuseCandidatesAsync(newcomer, Options, Ct);
        var fewer = await Store.FindReuseCandidatesAsync(newcomer, capped, Ct);

        Assert.Equal(5, all.Count);
        Assert.All(all, c => Assert.True(c.SharedFingerprints >= 2, $"{c.SharedFingerprints} shared"));
        Assert.Equal(index.FindCandidates(newcomer), fewer);
        Assert.True(fewer.Sum(c => c.SharedFingerprints) < all.Sum(c => c.SharedFingerprints));
    }

    [Fact]
    public async Task A_relation_comes_back_with_its_passages_and_source_from_either_side()
    {
        await _file.OpenAsync();
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        var relation = Relation(first, second, source: second.Id);

        await Store.SaveReuseAsync(second.ContentHash, Sign(second), [relation], Options, Ct);

        foreach (var id in new[] { first.Id, second.Id })
        {
            var stored = Assert.Single(await Store.RelationsOfAsync(id, Ct));
            Assert.Equal(relation.Passages, stored.Passages);
            Assert.Equal(relation, stored with { Passages = relation.Passages });
        }

        Assert.Equal(second.ContentHash, await RawSql.ScalarAsync<string>(_file.Path, "SELECT source_hash FROM reuse_relations;"));
        Assert.Empty(await Store.RelationsOfAsync("nobody", Ct));
    }

    [Fact]
    public async Task A_relation_without_a_source_stores_none_and_one_with_a_vanished_article_is_skipped()
    {
        await _file.OpenAsync();
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        var gone = Some.Article("gamma", "a story that was never stored");

        await Store.SaveReuseAsync(second.ContentHash, Sign(second), [Relation(first, second, source: null), Relation(gone, second, source: gone.Id)], Options, Ct);

        var stored = Assert.Single(await Store.RelationsOfAsync(second.Id, Ct));
        Assert.Null(stored.Source);
        Assert.Equal(first.Id, stored.A);
        Assert.Equal(1, await RawSql.CountAsync(_file.Path, "reuse_relations"));
    }

    [Fact]
    public async Task Saving_the_same_analysis_twice_changes_nothing()
    {
        await _file.OpenAsync();
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        var relation = Relation(first, second, source: first.Id);
        await Store.SaveReuseAsync(second.ContentHash, Sign(second), [relation], Options, Ct);
        var before = await SnapshotAsync();

        await Store.SaveReuseAsync(second.ContentHash, Sign(second), [relation], Options, Ct);

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(2, await RawSql.CountAsync(_file.Path, "reuse_passages"));
    }

    [Fact]
    public async Task Replacing_an_article_drops_its_reuse_data_and_makes_it_pending()
    {
        await _file.OpenAsync();
        var (first, second) = (Some.Article("alpha", "grain exports"), Some.Article("beta", "grain exports and shipping"));
        await Store.SaveAsync([first, second], Ct);
        await Store.SaveReuseAsync(first.ContentHash, Sign(first), [], Options, Ct);
        await Store.SaveReuseAsync(second.ContentHash, Sign(second), [Relation(first, second, source: first.Id)], Options, Ct);
        var keysOfSecond = await RawSql.ScalarAsync<long>(_file.Path, $"SELECT count(*) FROM reuse_keys WHERE content_hash = '{second.ContentHash}';");

        var replacement = Some.Article("alpha", "fertiliser prices");
        await Store.SaveAsync([replacement], Ct);

        Assert.Equal([replacement.ContentHash], await Store.PendingReuseAsync(Ct));
        Assert.Equal([second.ContentHash], await RawSql.ColumnAsync(_file.Path, "SELECT content_hash FROM reuse_signatures;"));
        Assert.Equal(["<none>"], await RawSql.ColumnAsync(_file.Path, $"SELECT coalesce(group_concat(content_hash), '<none>') FROM reuse_keys WHERE content_hash <> '{second.ContentHash}';"));
        Assert.Equal(keysOfSecond, await RawSql.CountAsync(_file.Path, "reuse_keys"));
        Assert.Equal(0, await RawSql.CountAsync(_file.Path, "reuse_relations"));
        Assert.Equal(0, await RawSql.CountAsync(_file.Path, "reuse_passages"));
        Assert.Empty(await Store.RelationsOfAsync(second.Id, Ct));
    }

    [Fact]
    public async Task The_analyzer_finds_the_one_copied_passage_and_a_second_run_analyses_nothing()
    {
        await _file.OpenAsync();
        await Store.SaveAsync(HarbourFire.All, Ct);
        var analyzer = new ReuseAnalyzer(Store, Options);

        var analysed = await analyzer.AnalyzePendingAsync(null, Ct);

        Assert.Equal(HarbourFire.All.Count, analysed);
        Assert.Empty(await Store.PendingReuseAsync(Ct));
        Assert.Equal(1, await RawSql.CountAsync(_file.Path, "reuse_relations"));
        var relation = Assert.Single(await Store.RelationsOfAsync(HarbourFire.Wire.Id, Ct));
        Assert.Equal((HarbourFire.Daily.Id, HarbourFire.Wire.Id, HarbourFire.Wire.Id, ReuseKind.Partial), (relation.A, relation.B, relation.Source, relation.Kind));
        var passage = Assert.Single(relation.Passages);
        Assert.StartsWith("the blaze for more than six hours", passage.A.Of(HarbourFire.Daily.Text), StringComparison.Ordinal);
        Assert.EndsWith("was not yet known", passage.A.Of(HarbourFire.Daily.Text), StringComparison.Ordinal);
        Assert.StartsWith("the blaze for more than six hours", passage.B.Of(HarbourFire.Wire.Text), StringComparison.Ordinal);
        Assert.False(passage.IsQuotation);
        Assert.InRange(passage.Score, 0.85, 0.99);
        foreach (var other in HarbourFire.Unrelated)
        {
            Assert.Empty(await Store.RelationsOfAsync(other.Id, Ct));
        }

        Assert.Equal(0, await analyzer.AnalyzePendingAsync(null, Ct));
        Assert.Equal(1, await RawSql.CountAsync(_file.Path, "reuse_relations"));
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

    private async Task<List<string>> SnapshotAsync()
    {
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT content_hash || ' ' || word_count || ' ' || hex(minhash) FROM reuse_signatures ORDER BY 1;",
            "SELECT kind || ' ' || key || ' ' || content_hash FROM reuse_keys ORDER BY 1;",
            "SELECT a_hash || ' ' || b_hash || ' ' || kind || ' ' || containment_a || ' ' || containment_b || ' ' || coalesce(source_hash, '-') FROM reuse_relations ORDER BY 1;",
            "SELECT a_hash || ' ' || b_hash || ' ' || ordinal || ' ' || a_start || ' ' || a_length || ' ' || b_start || ' ' || b_length || ' ' || words || ' ' || score || ' ' || is_quotation FROM reuse_passages ORDER BY 1;",
        })
        {
            rows.AddRange(await RawSql.ColumnAsync(_file.Path, sql));
        }

        return rows;
    }

    /// <summary>Writes a store file as the code before text reuse did: migration 1 only, one article.</summary>
    private static async Task WriteVersionOneStoreAsync(string path, Document article)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await Migrator.ApplyAsync(connection, path, [Migration001InitialSchema.Value], TimeProvider.System, Ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        using (var writer = new ArticleWriter(connection, transaction))
        {
            await writer.SaveAsync(article, Ct);
        }

        await transaction.CommitAsync(Ct);
    }
}
