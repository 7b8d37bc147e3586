using Wiredesk.Core.Documents;
using Wiredesk.Storage.Contract.Support;

namespace Wiredesk.Storage.Contract;

/// <summary>What every store gives back: whole documents, field for field, by id, by content hash and all in order.</summary>
public abstract class ArticleStoreReadContract : StoreContract
{
    [Fact]
    public async Task A_saved_document_reads_back_field_for_field()
    {
        var saved = Some.Article();
        await Store.SaveAsync([saved], Ct);

        var read = await Store.GetAsync(saved.Id, Ct);

        AssertSameDocument(saved, read);
        Assert.Equal(saved.PublishedAt?.Offset, read!.PublishedAt?.Offset);
        Assert.NotNull(read.Paragraphs.Single(p => p.Kind == ParagraphKind.Embed).Embed);
    }

    [Fact]
    public async Task A_document_with_only_its_required_fields_reads_back_with_nothing_added()
    {
        var saved = Some.Bare();
        await Store.SaveAsync([saved], Ct);

        AssertSameDocument(saved, await Store.GetAsync(saved.Id, Ct));
    }

    [Fact]
    public async Task A_document_can_be_found_by_its_content_hash()
    {
        var saved = Some.Article();
        await Store.SaveAsync([saved], Ct);

        AssertSameDocument(saved, await ReuseStore.GetByHashAsync(saved.ContentHash, Ct));
        Assert.Null(await ReuseStore.GetByHashAsync("0000", Ct));
    }

    [Fact]
    public async Task Getting_an_unknown_id_returns_null()
    {
        await Store.SaveAsync([Some.Article()], Ct);

        Assert.Null(await Store.GetAsync("no-such-article", Ct));
    }

    [Fact]
    public async Task Listing_orders_by_publication_date_with_undated_articles_last_then_by_id()
    {
        await Store.SaveAsync(
        [
            Some.Bare("undated-b", "Second undated text."),
            Some.Article("may-15-b", topic: "b", published: new DateOnly(2025, 5, 15)),
            Some.Article("may-13", topic: "c", published: new DateOnly(2025, 5, 13)),
            Some.Bare("undated-a", "First undated text."),
            Some.Article("may-15-a", topic: "d", published: new DateOnly(2025, 5, 15)),
        ], Ct);

        var ids = new List<string>();
        await foreach (var document in Store.ListAsync(Ct))
        {
            ids.Add(document.Id);
        }

        Assert.Equal(["may-13", "may-15-a", "may-15-b", "undated-a", "undated-b"], ids);
    }

    [Fact]
    public async Task Listing_returns_whole_documents()
    {
        var saved = Some.Article();
        await Store.SaveAsync([saved], Ct);

        await foreach (var document in Store.ListAsync(Ct))
        {
            AssertSameDocument(saved, document);
        }
    }

    [Fact]
    public async Task Enum_values_are_stored_as_lower_case_names()
    {
        await Store.SaveAsync([Some.Article()], Ct);

        Assert.Equal(
            ["title", "boilerplate", "body", "body", "heading", "embed", "caption"],
            await Harness.ColumnAsync("SELECT kind FROM paragraphs ORDER BY ordinal;"));
        Assert.Equal(["html|dateline|2025-05-14"], await Harness.ColumnAsync("SELECT concat_ws('|', format, published_from, published) FROM articles;"));
    }

    private static void AssertSameDocument(Document expected, Document? actual)
    {
        Assert.NotNull(actual);

        // Records compare lists by reference; compare the paragraphs element by element and the rest as a record.
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(expected, actual with { Paragraphs = expected.Paragraphs });
    }
}
