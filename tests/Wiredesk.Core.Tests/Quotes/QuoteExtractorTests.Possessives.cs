using Wiredesk.Core.Quotes;

namespace Wiredesk.Core.Tests.Quotes;

/// <summary>A possessor before a role or relation noun (<c>Mr Marsden's lawyer</c>, <c>his spokesman</c>) is not the speaker.</summary>
public sealed partial class QuoteExtractorTests
{
    private const string Sentenced = "Ivo Marsden, the former harbour minister, was sentenced to five years in prison on Thursday for taking bribes linked to the Solvik tunnel.";

    [Fact]
    public void A_lawyer_of_a_named_man_is_the_speaker_and_a_later_she_is_the_lawyer()
    {
        var (document, quotes) = Extract(
            Sentenced,
            "Mr Marsden's lawyer said an appeal would be lodged within a fortnight. She said the case rested on witnesses who had struck deals with prosecutors.",
            "\"We will take this to the high court,\" she said.");

        var lawyer = Said(quotes, document, "an appeal");
        Assert.Equal("Mr Marsden's lawyer", lawyer.SpeakerMention!.Value.Of(document.Text));
        Assert.Equal("Mr Marsden's lawyer", lawyer.Speaker);
        Assert.False(lawyer.SpeakerIsPerson);
        foreach (var she in new[] { Said(quotes, document, "the case rested"), Said(quotes, document, "We will take") })
        {
            Assert.Equal("Mr Marsden's lawyer", she.Speaker);
            Assert.False(she.SpeakerIsPerson);
        }
    }

    [Fact]
    public void A_title_without_a_full_stop_joins_the_full_name_and_tells_the_gender()
    {
        var (document, quotes) = Extract(
            Sentenced,
            "Mr Marsden said he had never taken a bribe. Judge Eli Sand dismissed the claim.",
            "\"The witnesses lied,\" she said.");

        Assert.Equal("Ivo Marsden", Said(quotes, document, "he had never").Speaker);
        Assert.NotEqual("Ivo Marsden", Said(quotes, document, "The witnesses lied").Speaker);
    }

    [Fact]
    public void A_possessed_role_goes_to_the_person_named_in_it_earlier()
    {
        var (document, quotes) = Extract(
            Sentenced,
            "His lawyer, Runa Dahl, said outside the court that he would appeal.",
            "Mr Marsden's lawyer said an appeal would be lodged within a fortnight. She said the case rested on witnesses who had struck deals with prosecutors.");

        Assert.Equal("Runa Dahl", Said(quotes, document, "an appeal").Speaker);
        Assert.Equal("Runa Dahl", Said(quotes, document, "the case rested").Speaker);
    }

    [Fact]
    public void A_possessed_role_goes_to_the_name_it_describes_in_an_apposition()
    {
        var (document, quotes) = Extract(
            Sentenced,
            "Runa Dahl, Mr Marsden's lawyer, told reporters the verdict was unjust.",
            "His lawyer said later that an appeal would be lodged.");

        Assert.Equal("Runa Dahl", Said(quotes, document, "an appeal").Speaker);
    }

    [Fact]
    public void A_possessed_role_goes_to_the_name_written_right_after_it()
    {
        var (document, quotes) = Extract(
            Sentenced,
            "Marsden's lawyer Runa Dahl spoke briefly outside the court.",
            "Mr Marsden's lawyer said an appeal would be lodged.");

        Assert.Equal("Runa Dahl", Said(quotes, document, "an appeal").Speaker);
    }

    [Theory]
    [InlineData("Defence Minister Tor Lunde left the talks in Varnes early on Monday.", "His spokesman said the minister had another meeting. \"He will be back on Wednesday,\" he said.", "His spokesman")]
    [InlineData("Brask Shipping chief Tor Lunde said two vessels were lost in the storm.", "The company's spokeswoman said no crew had been hurt. \"He will be back on Wednesday,\" she said.", "The company's spokeswoman")]
    public void The_owner_of_a_role_is_not_its_speaker_nor_the_one_a_later_pronoun_means(string first, string second, string speaker)
    {
        var (document, quotes) = Extract(first, second);

        foreach (var quote in new[] { quotes.Single(q => q.Kind == QuoteKind.Indirect && q.Content.Of(document.Text).Contains("had", StringComparison.Ordinal)), Said(quotes, document, "He will be back") })
        {
            Assert.Equal(speaker, quote.Speaker);
            Assert.False(quote.SpeakerIsPerson);
        }

        Assert.Equal(speaker, quotes.Single(q => q.Kind == QuoteKind.Indirect && q.Content.Of(document.Text).Contains("had", StringComparison.Ordinal)).SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void The_owner_of_an_office_is_not_its_speaker()
    {
        var (document, quotes) = Extract(
            "Defence Minister Tor Lunde left the talks in Varnes early on Monday.",
            "The minister's office said he had another meeting in the capital.");

        var quote = Assert.Single(quotes);
        Assert.Equal("The minister's office", quote.SpeakerMention!.Value.Of(document.Text));
        Assert.Equal("The minister's office", quote.Speaker);
        Assert.False(quote.SpeakerIsPerson);
    }

    [Fact]
    public void He_after_a_wife_s_words_goes_back_to_the_man_not_to_the_wife()
    {
        var (document, quotes) = Extract(
            Sentenced,
            "Mr Marsden's wife told reporters the family would stand by him. \"I did nothing wrong,\" he said.");

        var wife = Said(quotes, document, "the family");
        Assert.Equal("Mr Marsden's wife", wife.Speaker);
        Assert.False(wife.SpeakerIsPerson);
        Assert.Equal("Ivo Marsden", Said(quotes, document, "I did nothing").Speaker);
    }

    [Fact]
    public void She_after_a_possessed_role_with_a_name_in_apposition_is_that_name_not_the_possessor()
    {
        var (document, quotes) = Extract(
            Sentenced,
            "Marsden's lawyer, Runa Dahl, said: “We will appeal.”",
            "“The witnesses lied,” she added.");

        Assert.Equal("Runa Dahl", Said(quotes, document, "We will appeal").Speaker);
        Assert.Equal("Runa Dahl", Said(quotes, document, "The witnesses lied").Speaker);
    }
}
