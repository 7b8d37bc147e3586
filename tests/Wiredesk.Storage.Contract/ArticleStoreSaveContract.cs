using Wiredesk.Core.Documents;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Text;
using Wiredesk.Storage.Contract.Support;

namespace Wiredesk.Storage.Contract;

/// <summary>What every store does when it saves articles: adds, keeps or replaces them by content hash and id, one batch at a time.</summary>
public abstract class ArticleStoreSaveContract : StoreContract
{
    [Fact]
    public async Task Saving_new_documents_adds_them()
    {
        var results = await Store.SaveAsync([Some.Article(), Some.Bare()], Ct);

        Assert.Equal([new SaveResult("antalya-talks", SaveStatus.Added), new SaveResult("bare", SaveStatus.Added)], results);
        Assert.Equal(2, await Store.CountAsync(Ct));
        Assert.Equal(Some.Article().Paragraphs.Count + 1, await Harness.CountAsync("paragraphs"));
        Assert.Equal(2, await Harness.CountAsync("articles_fts"));
    }

    [Fact]
    public async Task Saving_an_empty_batch_does_nothing()
    {
        Assert.Empty(await Store.SaveAsync([], Ct));
        Assert.Equal(0, await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Saving_the_same_document_twice_changes_nothing()
    {
        await Store.SaveAsync([Some.Article()], Ct);
        var before = await SnapshotAsync();

        var results = await Store.SaveAsync([Some.Article()], Ct);

        Assert.Equal([new SaveResult("antalya-talks", SaveStatus.Unchanged)], results);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_same_content_under_another_id_is_unchanged_and_keeps_the_original_id()
    {
        await Store.SaveAsync([Some.Article("original")], Ct);

        var results = await Store.SaveAsync([Some.Article("copy")], Ct);

        Assert.Equal([new SaveResult("original", SaveStatus.Unchanged)], results);
        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Null(await Store.GetAsync("copy", Ct));
    }

    [Fact]
    public async Task The_same_content_twice_in_one_batch_is_stored_once()
    {
        var results = await Store.SaveAsync([Some.Article("first"), Some.Article("second")], Ct);

        Assert.Equal([new SaveResult("first", SaveStatus.Added), new SaveResult("first", SaveStatus.Unchanged)], results);
        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Equal(1, await Harness.CountAsync("articles_fts"));
    }

    [Fact]
    public async Task New_content_under_a_stored_id_replaces_the_article()
    {
        var old = Some.Article("story", topic: "drone supplies");
        var updated = Some.Bare("story", "Ministers postponed the Antalya meeting because of fog at the airport.");
        await Store.SaveAsync([old], Ct);

        var results = await Store.SaveAsync([updated], Ct);

        Assert.Equal([new SaveResult("story", SaveStatus.Updated)], results);
        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Equal(updated.Text, (await Store.GetAsync("story", Ct))?.Text);
        Assert.Null(await ReuseStore.GetByHashAsync(old.ContentHash, Ct));
        Assert.Equal(1, await Harness.CountAsync("paragraphs"));
        Assert.Equal(1, await Harness.CountAsync("articles_fts"));
        Assert.Empty(await Store.SearchAsync("drone", 10, Ct));
        Assert.Equal(["story"], (await Store.SearchAsync("fog", 10, Ct)).Select(h => h.Id));
    }

    [Fact]
    public async Task Replacing_an_article_keeps_the_others_searchable()
    {
        await Store.SaveAsync([Some.Article("a", topic: "grain exports"), Some.Article("b", topic: "drone supplies")], Ct);

        await Store.SaveAsync([Some.Article("a", topic: "sanctions relief")], Ct);

        Assert.Equal(["b"], (await Store.SearchAsync("drone", 10, Ct)).Select(h => h.Id));
        Assert.Equal(["a"], (await Store.SearchAsync("sanctions", 10, Ct)).Select(h => h.Id));
        Assert.Empty(await Store.SearchAsync("grain", 10, Ct));
    }

    [Theory]
    [InlineData("title span", "its title span (start 0, length 9999) does not fit")]
    [InlineData("paragraph span", "its paragraph 1 (start -1, length 4) does not fit")]
    [InlineData("embed span", "the embedded post of paragraph 5")]
    [InlineData("overlap", "paragraphs 2 (start")]
    [InlineData("no hash", "content hash is empty")]
    public async Task A_batch_with_an_invalid_document_in_the_middle_stores_nothing(string problem, string expectedMessage)
    {
        var batch = new[] { Some.Article("first", topic: "grain"), Broken("broken", problem), Some.Article("last", topic: "oil") };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(batch, Ct));

        Assert.Contains("'broken'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountAsync(Ct));
        Assert.Equal(0, await Harness.CountAsync("paragraphs"));
        Assert.Equal(0, await Harness.CountAsync("articles_fts"));
    }

    [Fact]
    public async Task A_document_without_an_id_is_refused_by_its_position()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync([Some.Bare(), Some.Article(" ")], Ct));

        Assert.Contains("position 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Cancelling_in_the_middle_of_a_batch_stores_nothing()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var documents = Enumerable.Range(0, 10).Select(i => Some.Article($"doc-{i}", topic: $"topic {i}")).ToList();
        var batch = new CancellingList(documents, cancelAt: 5, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveAsync(batch, cancel.Token));

        Assert.Equal(0, await Store.CountAsync(Ct));
        Assert.Equal(0, await Harness.CountAsync("articles_fts"));
    }

    [Fact]
    public async Task A_failed_batch_leaves_earlier_batches_alone()
    {
        await Store.SaveAsync([Some.Article("kept")], Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync([Some.Bare("new"), Broken("broken", "overlap")], Ct));

        Assert.Equal(["kept"], await Harness.ColumnAsync("SELECT id FROM articles;"));
    }

    private static Document Broken(string id, string problem)
    {
        var document = Some.Article(id, topic: "a broken document");
        var paragraphs = document.Paragraphs.ToList();
        switch (problem)
        {
            case "title span":
                return document with { TitleSpan = new TextSpan(0, 9999) };
            case "paragraph span":
                paragraphs[1] = paragraphs[1] with { Span = new TextSpan(-1, 4) };
                return document with { Paragraphs = paragraphs };
            case "embed span":
                var embed = paragraphs[5].Embed!;
                paragraphs[5] = paragraphs[5] with { Embed = embed with { PostSpan = new TextSpan(document.Text.Length - 2, 10) } };
                return document with { Paragraphs = paragraphs };
            case "overlap":
                paragraphs[3] = paragraphs[3] with { Span = new TextSpan(paragraphs[2].Span.End - 5, paragraphs[3].Span.Length) };
                return document with { Paragraphs = paragraphs };
            case "no hash":
                return document with { ContentHash = "" };
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }

    /// <summary>Every row of the article tables, as text, to show that nothing changed.</summary>
    private Task<List<string>> SnapshotAsync() => Harness.SnapshotAsync("articles", "paragraphs", "articles_fts");
}
