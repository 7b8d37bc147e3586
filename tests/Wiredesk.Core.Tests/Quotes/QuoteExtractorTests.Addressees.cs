namespace Wiredesk.Core.Tests.Quotes;

public sealed partial class QuoteExtractorTests
{
    [Theory]
    [InlineData("Harbour boss Ingrid Solvang told analysts the fleet was sound.", "the fleet was sound")]
    [InlineData("Harbour boss Ingrid Solvang warned investors the deal would cost more than planned.", "the deal would cost more than planned")]
    [InlineData("Harbour boss Ingrid Solvang promised the committee she would publish every contract.", "she would publish every contract")]
    public void Whom_the_words_were_told_to_is_not_what_was_said(string sentence, string said)
    {
        var (document, quotes) = Extract(sentence);

        var quote = Assert.Single(quotes);
        Assert.Equal(said, quote.Content.Of(document.Text).TrimEnd('.'));
        Assert.Equal("Ingrid Solvang", quote.Speaker);
    }

    [Fact]
    public void A_warning_with_no_addressee_keeps_its_first_words()
    {
        var (document, quotes) = Extract("Harbour boss Ingrid Solvang warned the deal would fail without the union.");

        Assert.StartsWith("the deal would fail", Assert.Single(quotes).Content.Of(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void She_after_a_clause_naming_the_only_person_so_far_is_that_person()
    {
        var (document, quotes) = Extract("When Ingrid Solvang took over as chief executive of Halvard Shipping three years ago, she promised investors she would not chase size for its own sake.");

        var quote = Said(quotes, document, "she would not chase size");
        Assert.Equal("Ingrid Solvang", quote.Speaker);
    }
}
