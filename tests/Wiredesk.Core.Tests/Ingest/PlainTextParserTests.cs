using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class PlainTextParserTests
{
    [Theory]
    [InlineData("date 2026-13-45\nCouncil sets budget\n\nThe council met on Monday.", "date 2026-13-45")]
    [InlineData("date 2026-02-30\nCouncil sets budget\n\nThe council met on Monday.", "date 2026-02-30")]
    [InlineData("Date 20/04/2026\nCouncil sets budget\n\nThe council met on Monday.", "date 20/04/2026")]
    [InlineData("date 2026-4-5 Council sets budget. The council met on Monday.", "date 2026-4-5")]
    public void An_opening_date_line_that_is_not_a_date_is_refused_with_the_file_and_the_line(string text, string shown)
    {
        var result = PlainTextParser.Parse("budget", text, "news/budget.txt");

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("news/budget.txt", problem.Origin);
        Assert.Equal(1, problem.Line);
        Assert.Contains(shown, problem.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date 2026-04-20")]
    [InlineData("date 2026-04-20\n\n   \n")]
    public void A_file_with_only_its_date_line_is_refused(string text)
    {
        var result = PlainTextParser.Parse("empty", text, "news/empty.txt");

        Assert.Empty(result.Articles);
        Assert.Contains("only its opening date line", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date 2026-04-20\nCouncil sets budget\n\nThe council met on Monday.")]
    [InlineData("Date night returns to the Orsa riverside\n\nThe council met on Monday.")]
    [InlineData("date 2026-04-20 The council met on Monday to set the budget.")]
    public void A_valid_date_line_or_none_reads_the_article(string text)
    {
        var result = PlainTextParser.Parse("budget", text, "news/budget.txt");

        Assert.Single(result.Articles);
        Assert.Empty(result.Problems);
    }
}
