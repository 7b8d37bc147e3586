using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Cleaning;

/// <summary>
/// Posts flattened onto one line with their signature, and publication dates that are only the time a page was fetched.
/// </summary>
public sealed class FetchTimeDateTests
{
    private const string FlatPost = "Seventeen people were hurt tonight. pic.twitter.com/Xy12Ab — Lena Markovic (@LenaMarkovicPA) March 4, 2026";

    [Fact]
    public void A_post_and_its_signature_on_one_line_are_one_embed_with_author_handle_and_date()
    {
        var document = Clean.Text($"The minister spoke on Tuesday.\n\n{FlatPost}\n\nWork resumed at dawn.");

        var embed = Assert.Single(document.ParagraphsOf(ParagraphKind.Embed));
        Assert.Equal(("Lena Markovic", "@LenaMarkovicPA", new DateOnly(2026, 3, 4), "pic.twitter.com/Xy12Ab"), (embed.Embed!.Author, embed.Embed.Handle, embed.Embed.Date, embed.Embed.Url));
        Assert.Equal("Seventeen people were hurt tonight. pic.twitter.com/Xy12Ab", embed.Embed.PostSpan.Of(document.Text));
        Assert.Equal(FlatPost, document.TextOf(embed));
    }

    [Theory]
    [InlineData("Talks went on late - Lena Markovic (@LenaMarkovicPA) March 4, 2026")]
    [InlineData("Talks went on late — Lena Markovic (@LenaMarkovicPA) said on Tuesday")]
    public void A_line_signed_with_a_hyphen_or_without_a_full_date_stays_body(string line)
    {
        var document = Clean.Text($"The minister spoke on Tuesday.\n\n{line}\n\nWork resumed at dawn.");

        Assert.Empty(document.ParagraphsOf(ParagraphKind.Embed));
    }

    [Theory]
    [InlineData(60, 1, "2026-03-04", PublishedFrom.Embed)]
    [InlineData(60, -2, "2026-03-04", PublishedFrom.Embed)]
    [InlineData(10, 1, "2026-03-14", PublishedFrom.Metadata)]
    [InlineData(60, 72, "2026-05-03", PublishedFrom.Metadata)]
    public void A_date_that_is_only_the_fetch_time_gives_way_to_posts_a_month_older(int daysAfterPost, int hoursToFetch, string expected, PublishedFrom from)
    {
        var claimed = new DateTimeOffset(2026, 3, 4, 12, 52, 0, TimeSpan.Zero).AddDays(daysAfterPost);
        var text = $"Portheaven harbour reopened after the strike.\n\n{FlatPost}\n\nWork resumed at dawn.";
        var document = Clean.Raw(new RawArticle
        {
            Id = "archived",
            Format = InputFormat.JsonLines,
            Text = text,
            ContentHash = ContentHash.Of(text),
            Metadata = new ArticleMetadata
            {
                Published = DateOnly.FromDateTime(claimed.DateTime),
                PublishedAt = claimed,
                RetrievedAt = claimed.AddHours(hoursToFetch),
            },
        });

        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), from), (document.Published!.Value, document.PublishedFrom));
        Assert.Equal(from == PublishedFrom.Metadata, document.PublishedAt is not null);
    }

    [Fact]
    public void A_news_please_record_fetched_at_its_own_publication_time_is_dated_by_its_posts()
    {
        var line = """{"title":"Harbour reopens","date_publish":"2027-11-30T12:52:00","date_download":"2027-11-30T13:52:17","text":"Portheaven harbour reopened after the strike.\n""" + FlatPost + """\nWork resumed at dawn."}""";

        var article = Assert.Single(JsonLinesParser.Parse("np", line, "np.json").Articles);
        var document = new ArticleCleaner().Clean(article);

        Assert.Equal(new DateTimeOffset(2027, 11, 30, 13, 52, 17, TimeSpan.Zero), article.Metadata.RetrievedAt);
        Assert.Equal((new DateOnly(2026, 3, 4), PublishedFrom.Embed), (document.Published!.Value, document.PublishedFrom));
    }

    [Fact]
    public void Without_a_fetch_time_the_given_date_stands()
    {
        var line = """{"published":"2027-11-30T12:52:00","text":"Portheaven harbour reopened.\n""" + FlatPost + "\"}";

        var document = new ArticleCleaner().Clean(Assert.Single(JsonLinesParser.Parse("np", line, "np.json").Articles));

        Assert.Equal((new DateOnly(2027, 11, 30), PublishedFrom.Metadata), (document.Published!.Value, document.PublishedFrom));
    }

    [Fact]
    public void An_unreadable_fetch_time_is_a_warning_and_the_article_is_kept()
    {
        var result = JsonLinesParser.ParseLine("""{"published":"2027-11-30","retrieved":"yesterday","text":"T."}""", 4, "f", "f.jsonl");

        Assert.Null(Assert.Single(result.Articles).Metadata.RetrievedAt);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Warning, 4), (problem.Severity, problem.Line));
        Assert.Contains("retrieved", problem.Message, StringComparison.Ordinal);
    }
}
