namespace Wiredesk.Storage.Sqlite.Tests;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("grain", "\"grain\"")]
    [InlineData("  grain   exports ", "\"grain\" \"exports\"")]
    [InlineData("NATO's \"chief", "\"NATO's\" \"\"\"chief\"")]
    [InlineData("foo AND", "\"foo\" \"AND\"")]
    [InlineData("-bar", "\"-bar\"")]
    public void Each_word_becomes_a_quoted_phrase_with_quotes_doubled(string query, string expected)
    {
        Assert.Equal(expected, FtsQuery.QuoteWords(query));
    }
}
