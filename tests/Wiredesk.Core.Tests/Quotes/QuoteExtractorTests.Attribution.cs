using Wiredesk.Core.Quotes;

namespace Wiredesk.Core.Tests.Quotes;

/// <summary>Speakers described by a lower-case job title, attributions closing a sentence, and reported clauses with a "that" of their own.</summary>
public sealed partial class QuoteExtractorTests
{
    [Fact]
    public void He_said_goes_to_the_name_after_a_lower_case_job_title_not_to_a_named_storm()
    {
        var (_, quotes) = Extract(
            "Storm Kari cut power along the coast on Sunday night, closing the ferry terminal.",
            "Lighthouse keeper Ola Brenne said the lamp had failed twice before dawn. \"We turned it by hand until the morning,\" he said.");

        var quote = quotes.Single(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Ola Brenne", quote.Speaker);
        Assert.True(quote.SpeakerIsPerson);
    }

    [Fact]
    public void She_said_in_the_next_paragraph_goes_to_the_name_after_a_job_title_not_to_the_dateline_outlet()
    {
        var (_, quotes) = Extract(
            "NORDBY, May 2 (Fjord Wire) — Snow closed the coast road on Thursday, cutting off three villages.",
            "Police chief Marta Lind told reporters at the quay that the road would reopen on Monday.",
            "“We had the snow off the road by noon, but the bridge still worries us,” she said.");

        Assert.Equal("Marta Lind", quotes.Single(q => q.Kind == QuoteKind.Direct).Speaker);
    }

    [Fact]
    public void Pronoun_in_the_sentence_of_a_job_title_and_name_goes_to_that_name()
    {
        var (document, quotes) = Extract(
            "Mayor Greta Olsen defended the harbour plan at the council. Opposition leader Siv Moen accused the council of forcing through what she called a rushed vote.");

        Assert.Equal("Siv Moen", Said(quotes, document, "a rushed vote").Speaker);
    }

    [Fact]
    public void Trailing_told_attribution_is_the_cue_and_speaker_of_the_whole_clause_before_it()
    {
        var (document, quotes) = Extract(
            "Mayor Greta Olsen met the ferry companies on Monday.",
            "The harbour board has not yet decided how many berths each line may use, and Nordby wants the ferries counted first, Olsen told a press briefing at the town hall.");

        var quote = Said(quotes, document, "The harbour board");
        Assert.Equal("The harbour board has not yet decided how many berths each line may use, and Nordby wants the ferries counted first", quote.Content.Of(document.Text));
        Assert.Equal("told", quote.CueVerb);
        Assert.Equal("Olsen", quote.SpeakerMention!.Value.Of(document.Text));
        Assert.Equal("Greta Olsen", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void Trailing_attribution_takes_a_speech_verb_inside_the_reported_words_along()
    {
        var (document, quotes) = Extract(
            "The two unions agreed to hold a joint ballot that would close by the end of June, Karl Dahl told reporters after four hours of talks at the harbour office.");

        var quote = Assert.Single(quotes);
        Assert.Equal("The two unions agreed to hold a joint ballot that would close by the end of June", quote.Content.Of(document.Text));
        Assert.Equal("Karl Dahl", quote.Speaker);
        Assert.Equal("told", quote.CueVerb);
    }

    [Fact]
    public void Trailing_he_said_leaves_the_named_speaker_at_the_start_in_place()
    {
        var (_, quotes) = Extract("Peter Holm said the ferries would keep sailing through the winter, he said.");

        Assert.Equal("said", Assert.Single(quotes).CueVerb);
        Assert.Equal("Peter Holm", quotes[0].Speaker);
    }

    [Theory]
    [InlineData("Peter Holm said Nordby would not sign a deal that left its small ferries without berths.", "Nordby would not sign a deal that left its small ferries without berths")]
    [InlineData("Peter Holm said he believed that the deal was dead.", "he believed that the deal was dead")]
    [InlineData("Peter Holm said on Tuesday that the talks would go on.", "the talks would go on")]
    [InlineData("Peter Holm said in a statement that the talks would go on.", "the talks would go on")]
    [InlineData("Peter Holm told reporters that the ferries would sail anyway.", "the ferries would sail anyway")]
    [InlineData("Peter Holm told the town council that the ferries would sail anyway.", "the ferries would sail anyway")]
    public void Reported_clause_after_the_verb_keeps_a_that_of_its_own(string sentence, string content)
    {
        var (document, quotes) = Extract(sentence);

        Assert.Equal(content, Assert.Single(quotes).Content.Of(document.Text));
    }

    [Fact]
    public void Role_that_nobody_named_holds_is_the_speaker_and_the_later_pronoun_means_it()
    {
        var (document, quotes) = Extract(
            "Peter Holm said the talks with the ferry companies would go on.",
            "Smoke rose over the Brenna Kjemi plant on the edge of town. The fire chief said the flames had come close to the fuel tanks. “Nobody stepped back,” she said.");

        var reported = Said(quotes, document, "the flames");
        Assert.Equal("The fire chief", reported.Speaker);
        Assert.False(reported.SpeakerIsPerson);
        var direct = quotes.Single(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("The fire chief", direct.Speaker);
        Assert.False(direct.SpeakerIsPerson);
    }

    [Fact]
    public void Role_resolves_to_the_person_named_with_it_as_a_lower_case_job_title()
    {
        var (document, quotes) = Extract(
            "Harbour master Emil Strand said the quay had held. Peter Holm arrived later with the ferry companies.",
            "The harbour master said the boats could sail again on Friday.");

        Assert.Equal("Emil Strand", Said(quotes, document, "the boats").Speaker);
    }

    [Fact]
    public void A_possessive_name_makes_the_next_word_a_noun_not_a_cue()
    {
        var (_, quotes) = Extract("Peter Holm's remarks at the quay angered the fishermen who had waited since dawn.");

        Assert.Empty(quotes);
    }
}
