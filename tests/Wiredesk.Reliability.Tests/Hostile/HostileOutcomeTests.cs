using System.Text;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>What particular hostile inputs must give: the right error, or the right text.</summary>
public sealed class HostileOutcomeTests
{
    private static HostileInput Input(string name) => HostileCorpus.All.Single(i => i.ToString() == name || i.Name == name);

    private static ReadResult Read(HostileInput input, InputFormat format)
    {
        var decoded = TextDecoder.Decode(input.Bytes, input.FileName);
        Assert.NotNull(decoded.Text);
        return ArticleReader.Read(input.Name, decoded.Text, format, input.FileName);
    }

    [Theory]
    [InlineData("internal-dtd")]
    [InlineData("external-entity-file")]
    [InlineData("external-entity-http")]
    [InlineData("external-dtd")]
    [InlineData("parameter-entity")]
    [InlineData("billion-laughs")]
    [InlineData("billion-laughs-atom")]
    [InlineData("quadratic-blowup")]
    public void A_feed_with_a_DTD_is_refused_and_nothing_is_expanded_or_fetched(string name)
    {
        var result = Read(Input(name), InputFormat.Feed);

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains("DTD", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xsl-stylesheet-pi")]
    [InlineData("escaped-dtd-in-description")]
    [InlineData("html-page-with-entities")]
    public void Includes_stylesheets_and_escaped_entities_are_read_as_inert_text(string name)
    {
        var input = Input(name);
        var format = input.Extension == ".html" ? InputFormat.Html : InputFormat.Feed;
        var result = Read(input, format);

        var article = Assert.Single(result.Articles);
        Assert.DoesNotContain("root:", article.Text, StringComparison.Ordinal);
        Assert.Contains("Harbor pilots", article.Text + article.Metadata.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xinclude_is_not_followed()
    {
        var article = Assert.Single(Read(Input("xinclude"), InputFormat.Feed).Articles);

        Assert.Equal("Strike", article.Text);
    }

    [Theory]
    [InlineData("utf16le-text")]
    [InlineData("utf16be-text")]
    public void Utf16_without_a_byte_order_mark_is_decoded_to_the_original_text(string name)
    {
        var decoded = TextDecoder.Decode(Input(name).Bytes, name);

        Assert.NotNull(decoded.Text);
        Assert.Contains("Ünïcödé ‘quoted’ — €.", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning_giving_the_offset()
    {
        var decoded = TextDecoder.Decode(Input("invalid-00").Bytes, "invalid-00.txt");

        Assert.NotNull(decoded.Text);
        Assert.StartsWith("Harbor pilots", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("first bad byte at offset", decoded.Problem?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nested-div")]
    [InlineData("nested-div-unclosed")]
    [InlineData("nested-b")]
    [InlineData("nested-span-in-p")]
    public void Html_nested_a_hundred_thousand_deep_is_refused_naming_the_limit(string name)
    {
        var problem = Assert.Single(Read(Input(name), InputFormat.Html).Problems);

        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains("nests elements more than 1000 deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_nested_a_hundred_thousand_deep_is_refused()
    {
        var problem = Assert.Single(Read(Input("nested-xml-elements"), InputFormat.Feed).Problems);

        Assert.Contains("nests elements more than 256 deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_thousand_paragraphs_are_over_the_paragraph_limit()
    {
        var problem = Assert.Single(Read(Input("flat-paragraphs"), InputFormat.Html).Problems);

        Assert.Contains("has 100000 paragraphs; an article may have at most 10000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_paragraph_limit_is_an_error_for_that_article_only()
    {
        var feed = HostileCorpus.Rss(
            "<item><title>Short</title><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>" +
            "<item><title>Long</title><description>" + string.Concat(Enumerable.Repeat("&lt;p&gt;Para.&lt;/p&gt;", 50)) + "</description></item>");

        var result = ArticleReader.Read("wire", feed, InputFormat.Feed, "wire.xml", new ReadLimits { MaxParagraphs = 10 });

        Assert.Equal("Short", Assert.Single(result.Articles).Metadata.Title);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("wire.xml#2", problem.Origin);
        Assert.Contains("has 50 paragraphs; an article may have at most 10", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_line_nested_a_hundred_thousand_deep_is_an_error_for_that_line()
    {
        var problem = Assert.Single(Read(Input("nested-json-arrays"), InputFormat.JsonLines).Problems);

        Assert.Equal(1, problem.Line);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_of_invisible_characters_is_no_title_and_the_article_is_cleaned()
    {
        var article = Assert.Single(Read(Input("invisible-controls/in-json"), InputFormat.JsonLines).Articles);

        var document = Stages.RunAll(article);

        Assert.Null(document.Title);
        Assert.NotEmpty(document.Paragraphs);
    }

    [Fact]
    public void Bidi_controls_inside_a_quotation_leave_it_found_with_spans_in_the_text()
    {
        var input = Input("rlo-in-names");
        var article = Assert.Single(Read(input, InputFormat.Text).Articles);

        var quotes = new Wiredesk.Core.Quotes.QuoteExtractor().Extract(Stages.RunAll(article));

        Assert.Contains(quotes, q => q.Content.Of(article.Text).Contains("We will not go back", StringComparison.Ordinal));
    }

    [Fact]
    public void Nul_bytes_in_a_text_file_are_refused_as_binary()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Strike\0 in Portheaven"), "nul.txt");

        Assert.Null(decoded.Text);
        Assert.Contains("NUL bytes", decoded.Problem?.Message, StringComparison.Ordinal);
    }
}
