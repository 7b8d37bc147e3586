using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class JsonLinesParserTests
{
    private const string Good = """
        {"id":"tide-1","url":"https://tides.example/1","source":"Tide Times","published":"2025-03-09","title":"Spring tide warning","text":"A spring tide is due on Sunday.\n\nKeep boats above the line.","author":"Bea Kerr","language":"en"}
        {"id":"tide-2","url":"https://tides.example/2","source":"Tide Times","published":"2025-03-10T07:00:00+01:00","title":"Tide passes","text":"The tide passed without damage."}
        """;

    [Fact]
    public void Each_line_is_an_article_with_its_metadata()
    {
        var result = JsonLinesParser.Parse("tides", Good, "tides.jsonl");

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.Count);
        var first = result.Articles[0];
        Assert.Equal("tide-1", first.Id);
        Assert.Equal(InputFormat.JsonLines, first.Format);
        Assert.Equal("A spring tide is due on Sunday.\n\nKeep boats above the line.", first.Text);
        Assert.Null(first.Blocks);
        Assert.Equal(ContentHash.Of("A spring tide is due on Sunday.\n\nKeep boats above the line."), first.ContentHash);
        Assert.Equal("tides.jsonl#1", first.Origin);
        Assert.Equal("https://tides.example/1", first.Metadata.Url);
        Assert.Equal("Tide Times", first.Metadata.Source);
        Assert.Equal("Spring tide warning", first.Metadata.Title);
        Assert.Equal("Bea Kerr", first.Metadata.Author);
        Assert.Equal("en", first.Metadata.Language);
        Assert.Equal(new DateOnly(2025, 3, 9), first.Metadata.Published);
        Assert.Null(first.Metadata.PublishedAt);
        Assert.Equal("json published", first.Metadata.PublishedField);
        var second = result.Articles[1];
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.FromHours(1)), second.Metadata.PublishedAt);
        Assert.Equal(new DateOnly(2025, 3, 10), second.Metadata.Published);
    }

    [Fact]
    public void A_bad_line_in_the_middle_is_an_error_with_its_number_and_the_others_are_kept()
    {
        var content = string.Join('\n',
            """{"id":"a","text":"First."}""",
            """{"id":"b","text":"Second.""",
            """{"id":"c","text":"Third."}""");

        var result = JsonLinesParser.Parse("f", content, "f.jsonl");

        Assert.Equal(["a", "c"], result.Articles.Select(a => a.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(2, problem.Line);
        Assert.Equal("f.jsonl", problem.Origin);
        Assert.StartsWith("line 2 is not valid JSON: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_field_is_split_into_blocks()
    {
        const string line = """{"id":"h","html":"<h2>Quay</h2><p>Works start.</p><script>x()</script><figure><figcaption>The quay.</figcaption></figure>"}""";

        var result = JsonLinesParser.Parse("f", line, null);

        var article = Assert.Single(result.Articles);
        Assert.Equal([("Quay", BlockHint.Heading), ("Works start.", BlockHint.None), ("The quay.", BlockHint.Caption)], Blocks.Of(article));
        Assert.Equal(ContentHash.Of("<h2>Quay</h2><p>Works start.</p><script>x()</script><figure><figcaption>The quay.</figcaption></figure>"), article.ContentHash);
    }

    [Fact]
    public void An_html_field_holding_a_whole_page_is_read_from_its_content_root()
    {
        const string line = """{"id":"p","html":"<html><body><nav><a href='/'>Home</a></nav><article><p>Only this.</p></article></body></html>"}""";

        var article = Assert.Single(JsonLinesParser.Parse("f", line, null).Articles);

        Assert.Equal("Only this.", article.Text);
    }

    [Fact]
    public void A_line_without_an_id_is_named_after_the_file_and_line()
    {
        var result = JsonLinesParser.Parse("batch", "\n" + """{"text":"No id here."}""", null);

        Assert.Equal("batch-2", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public void A_numeric_id_is_kept_as_written()
    {
        Assert.Equal("42", Assert.Single(JsonLinesParser.Parse("f", """{"id":42,"text":"T."}""", null).Articles).Id);
    }

    [Fact]
    public void Blank_lines_are_ignored()
    {
        var content = "\n   \n" + """{"id":"a","text":"A."}""" + "\r\n\r\n" + """{"id":"b","text":"B."}""" + "\n\n";

        var result = JsonLinesParser.Parse("f", content, null);

        Assert.Empty(result.Problems);
        Assert.Equal(["a", "b"], result.Articles.Select(a => a.Id));
    }

    [Theory]
    [InlineData("[1,2,3]", "line 3 is JSON but not an object")]
    [InlineData("\"just a string\"", "line 3 is JSON but not an object")]
    [InlineData("{\"id\":\"x\",\"title\":\"No body\"}", "line 3 has neither \"text\" nor \"html\"")]
    public void A_line_that_is_not_an_article_object_is_an_error_naming_it(string line, string message)
    {
        var result = JsonLinesParser.ParseLine(line, 3, "f", "f.jsonl");

        Assert.Empty(result.Articles);
        Assert.Equal(new ReadProblem("f.jsonl", 3, message, ProblemSeverity.Error), Assert.Single(result.Problems));
    }

    [Fact]
    public void News_please_field_names_are_read_as_aliases()
    {
        const string line = """{"date_publish":"2025-03-11 14:20:00","body":"Alias body.","authors":["Ida Roe","Max Lind"],"source_domain":"coast.example","title":"Alias"}""";

        var article = Assert.Single(JsonLinesParser.ParseLine(line, 1, "np", null).Articles);

        Assert.Equal("Alias body.", article.Text);
        Assert.Equal("Ida Roe, Max Lind", article.Metadata.Author);
        Assert.Equal("coast.example", article.Metadata.Source);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 14, 20, 0, TimeSpan.Zero), article.Metadata.PublishedAt);
        Assert.Equal("json published", article.Metadata.PublishedField);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("date_publish")]
    [InlineData("published")]
    public void Every_date_alias_is_read(string field)
    {
        var line = $$"""{"{{field}}":"2025-03-12","text":"T."}""";

        Assert.Equal(new DateOnly(2025, 3, 12), Assert.Single(JsonLinesParser.ParseLine(line, 1, "f", null).Articles).Metadata.Published);
    }

    [Fact]
    public void An_unreadable_published_value_is_a_warning_and_the_article_is_kept()
    {
        var result = JsonLinesParser.ParseLine("""{"published":"soon","text":"T."}""", 7, "f", "f.jsonl");

        var article = Assert.Single(result.Articles);
        Assert.Null(article.Metadata.Published);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(7, problem.Line);
    }

    [Fact]
    public void Parse_line_on_a_blank_line_gives_nothing()
    {
        var result = JsonLinesParser.ParseLine("   ", 1, "f", null);

        Assert.Empty(result.Articles);
        Assert.Empty(result.Problems);
    }
}
