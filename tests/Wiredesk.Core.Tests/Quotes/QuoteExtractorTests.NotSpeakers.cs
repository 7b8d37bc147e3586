using Wiredesk.Core.Quotes;

namespace Wiredesk.Core.Tests.Quotes;

public sealed partial class QuoteExtractorTests
{
    [Theory]
    [InlineData("Nordby police said the ferry had been searched twice before it sailed.", "Nordby police")]
    [InlineData("Skarde fire service said more than 40 firefighters fought the blaze overnight.", "Skarde fire service")]
    [InlineData("Drivers at the depot's Vessian gate said 80 buses stayed in the garage.", "Drivers at the depot's Vessian gate")]
    public void A_place_or_a_people_before_a_noun_is_no_speaker_of_its_own(string sentence, string speaker)
    {
        var (_, quotes) = Extract(sentence);

        var quote = Assert.Single(quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.False(quote.SpeakerIsPerson);
    }

    [Theory]
    [InlineData("Lawmakers in Estrelia summoned Lumatek chief executive Dana Okoro to explain why the company waited three months before recalling its Nova heaters.")]
    [InlineData("Lumatek recalled 310,000 Nova heaters sold in Estrelia after reports of fires in homes.")]
    public void A_product_recall_reports_no_words(string sentence)
    {
        var (document, quotes) = Extract(sentence);

        Assert.DoesNotContain(quotes, q => q.Content.Of(document.Text).Contains("heaters", StringComparison.Ordinal));
    }

    [Fact]
    public void What_someone_recalled_after_that_is_reported()
    {
        var (document, quotes) = Extract("Harbour master Emil Sorensen recalled that the fog radar had failed twice that winter.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Emil Sorensen", quote.Speaker);
        Assert.StartsWith("the fog radar had failed", quote.Content.Of(document.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mayor Anna Berg met the buyers on Monday. \"We will not sell the harbour to pay for a road,\" she said, but called the meeting \"the best we have seen\".")]
    [InlineData("Mayor Anna Berg met the buyers on Monday. \"We will not sell the harbour to pay for a road,\" she said, but called the offer \"the best we have seen\".")]
    public void What_follows_called_is_what_was_named_and_the_subject_says_the_words(string paragraph)
    {
        var (document, quotes) = Extract(paragraph);

        var quote = Said(quotes, document, "the best");
        Assert.Equal("Anna Berg", quote.Speaker);
        Assert.NotEqual("the", quote.SpeakerMention?.Of(document.Text));
    }

    [Fact]
    public void A_determiner_alone_after_an_inverted_cue_is_no_speaker()
    {
        var (document, quotes) = Extract(
            "Harbour master Ola Brenne spoke on Monday. \"The port stays open,\" added the morning shift leader.");

        var quote = Said(quotes, document, "The port");
        Assert.NotEqual("the", quote.Speaker);
        Assert.NotEqual("the", quote.SpeakerMention?.Of(document.Text));
    }

    [Fact]
    public void A_dateline_is_not_part_of_the_words_a_trailing_attribution_reports()
    {
        var (document, quotes) = Extract(
            "NORDBY (HWA) - Ferry crews walked off the job at dawn over unpaid overtime, the union's secretary told Harbour Wire Agency on Monday.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Ferry crews walked off the job at dawn over unpaid overtime", quote.Content.Of(document.Text));
        Assert.Equal("the union's secretary", quote.Speaker);
    }
}
