using Wiredesk.Core.Documents;
using Wiredesk.Core.Quotes;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Quotes;

public sealed partial class QuoteExtractorTests
{
    private static (Document Document, IReadOnlyList<Quotation> Quotes) Extract(params string[] paragraphs)
    {
        var document = Clean.Text("Harbour plan moves ahead in Nordby\n\n" + string.Join("\n\n", paragraphs));
        return (document, new QuoteExtractor().Extract(document));
    }

    private static Quotation Said(IReadOnlyList<Quotation> quotes, Document document, string startsWith) =>
        quotes.Single(q => q.Content.Of(document.Text).StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Quote_with_trailing_attribution_finds_speaker_cue_and_content()
    {
        var (document, quotes) = Extract("“The talks will go on,” Mark Rutte said after the meeting.");

        var quote = Assert.Single(quotes);
        Assert.Equal("The talks will go on,", quote.Content.Of(document.Text));
        Assert.Equal("said", quote.CueVerb);
        Assert.Equal("Mark Rutte", quote.Speaker);
        Assert.Equal("Mark Rutte", quote.SpeakerMention!.Value.Of(document.Text));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void Quote_introduced_by_a_colon_takes_the_speaker_before_it()
    {
        var (document, quotes) = Extract("Asked about the delay, Anna Berg said: \"We will build the bridge next year.\"");

        var quote = Assert.Single(quotes);
        Assert.Equal("We will build the bridge next year.", quote.Content.Of(document.Text));
        Assert.Equal("Anna Berg", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void Inverted_attribution_said_X_finds_the_speaker_after_the_verb()
    {
        var (_, quotes) = Extract("\"Prices will fall before the winter,\" said Tomas Lind, the bank's chief economist.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Tomas Lind", quote.Speaker);
        Assert.Equal("said", quote.CueVerb);
    }

    [Fact]
    public void He_said_goes_to_the_person_named_a_sentence_earlier()
    {
        var (document, quotes) = Extract(
            "Finance Minister Peter Holm visited the harbour on Monday. “It is a good day for the port,” he said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Peter Holm", quote.Speaker);
        Assert.Equal("he", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void He_said_goes_to_the_person_named_a_paragraph_earlier()
    {
        var (_, quotes) = Extract(
            "Mayor Greta Olsen met the fishermen on Monday, and Peter Holm arrived later in the day.",
            "Holm toured the new quay with the harbour master.",
            "“We came here to listen,” he said.");

        Assert.Equal("Peter Holm", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Speaker_with_an_apposition_before_a_colon_is_found()
    {
        var (document, quotes) = Extract("Hugh Hill, a doctor, said: \"The ward has been full since Friday.\"");

        var quote = Assert.Single(quotes);
        Assert.Equal("Hugh Hill", quote.Speaker);
        Assert.StartsWith("Hugh Hill, a doctor", quote.SpeakerMention!.Value.Of(document.Text), StringComparison.Ordinal);
        Assert.Equal("The ward has been full since Friday.", quote.Content.Of(document.Text));
    }

    [Fact]
    public void Quote_running_over_two_paragraphs_and_he_added_keep_the_speaker()
    {
        var (document, quotes) = Extract(
            "Harbour director Jonas Vik presented the plan on Tuesday.",
            "“The first part of the plan is housing for the workers.",
            "“The second part is a new road to the quay,” Vik said.",
            "“We start in May,” he added.");

        Assert.Equal(2, quotes.Count);
        var first = quotes[0];
        Assert.Equal(2, first.Parts.Count);
        Assert.Equal("The first part of the plan is housing for the workers.", first.Parts[0].Of(document.Text));
        Assert.Equal("Jonas Vik", first.Speaker);
        Assert.Equal("Jonas Vik", Said(quotes, document, "We start in May").Speaker);
    }

    [Fact]
    public void A_closing_mark_that_never_comes_ends_the_quote_at_its_paragraph()
    {
        var (document, quotes) = Extract(
            "“Ukraine is ready to talk,” Ida Strand said. “The ball is now in the other court.",
            "Karl Berg said the budget is fine.");

        var open = Said(quotes, document, "Ukraine is ready");
        Assert.Equal(2, open.Parts.Count);
        Assert.Equal("The ball is now in the other court.", open.Parts[1].Of(document.Text));
        Assert.Equal("Ida Strand", open.Speaker);
        Assert.Equal("Karl Berg", Said(quotes, document, "the budget is fine").Speaker);
    }

    [Fact]
    public void Thousands_of_unbalanced_marks_give_sensible_spans()
    {
        var noise = string.Concat(Enumerable.Repeat("word \" more “ text ” ", 4000));
        var (document, quotes) = Extract("Karl Berg said: \"" + noise, "“Fine,” Berg said.");

        Assert.All(quotes, q => Assert.True(q.Content.FitsIn(document.Text.Length)));
        Assert.All(quotes, q => Assert.DoesNotContain("\n", q.Content.Of(document.Text), StringComparison.Ordinal));
        Assert.Equal("Karl Berg", Said(quotes, document, "Fine").Speaker);
    }

    [Fact]
    public void A_rare_speech_verb_like_sighed_is_a_cue()
    {
        var (_, quotes) = Extract("“It is over for this season,” Karl Berg sighed.");

        var quote = Assert.Single(quotes);
        Assert.Equal("sighed", quote.CueVerb);
        Assert.Equal("Karl Berg", quote.Speaker);
    }

    [Fact]
    public void Surname_and_full_name_resolve_to_one_speaker_name()
    {
        var (document, quotes) = Extract(
            "“We will win in Iowa,” Sanders said on Monday.",
            "Bernie Sanders spoke to farmers in Ames later that day. “This is our year,” Sanders told them.");

        Assert.Equal("Bernie Sanders", Said(quotes, document, "We will win").Speaker);
        Assert.Equal("Bernie Sanders", Said(quotes, document, "This is our year").Speaker);
    }

    [Fact]
    public void The_president_resolves_to_the_president_named_earlier()
    {
        var (document, quotes) = Extract(
            "Finnish President Lena Stark met Foreign Minister Karl Berg on Tuesday.",
            "The meeting lasted two hours and covered the border.",
            "“We are ready for the winter,” the president said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Stark", quote.Speaker);
        Assert.Equal("the president", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void The_NATO_chief_resolves_to_the_Secretary_General()
    {
        var (_, quotes) = Extract(
            "NATO Secretary-General Mark Rutte arrived in Nordby with Foreign Minister Karl Berg.",
            "“The alliance stands ready,” the NATO chief said.");

        Assert.Equal("Mark Rutte", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Said_that_is_indirect_speech()
    {
        var (document, quotes) = Extract("Karl Berg said on Wednesday that the budget would be balanced next year.");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the budget would be balanced next year", quote.Content.Of(document.Text));
        Assert.Equal("Karl Berg", quote.Speaker);
        Assert.Empty(quote.Parts);
    }

    [Fact]
    public void According_to_names_the_speaker_after_it()
    {
        var (document, quotes) = Extract("The bridge will open in May, according to city engineer Ola Dahl.");

        var quote = Assert.Single(quotes);
        Assert.Equal("according to", quote.CueVerb);
        Assert.Equal("Ola Dahl", quote.Speaker);
        Assert.Equal("The bridge will open in May", quote.Content.Of(document.Text));
    }

    [Fact]
    public void Attribution_in_the_middle_joins_both_halves()
    {
        var (document, quotes) = Extract("“We tried,” Ida Strand said, “but the ice came too early.”");

        var quote = Assert.Single(quotes);
        Assert.Equal(["We tried,", "but the ice came too early."], quote.Parts.Select(p => p.Of(document.Text)));
        Assert.Equal("Ida Strand", quote.Speaker);
    }

    [Fact]
    public void Quoted_words_inside_reported_speech_make_a_mixed_quotation()
    {
        var (document, quotes) = Extract("Karl Berg said the city was \"impatient\" for progress on the quay.");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("impatient", Assert.Single(quote.Parts).Of(document.Text));
        Assert.Equal("Karl Berg", quote.Speaker);
    }

    [Fact]
    public void Quoted_words_closing_a_sentence_end_it()
    {
        var (document, quotes) = Extract("Karl Berg said the talks covered the budget and \"a little bit of politics.\" Anna Lind went home early.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Karl Berg", quote.Speaker);
        Assert.EndsWith("politics.\"", quote.Content.Of(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Inverted_speaker_phrase_keeps_its_relative_clause()
    {
        var (document, quotes) = Extract("\"We will win the vote,\" said Dick Dever, who sits on the harbour board.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Dick Dever", quote.Speaker);
        Assert.Equal("Dick Dever, who sits on the harbour board", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void Speaker_phrase_keeps_the_party_bracket_after_a_name()
    {
        var (document, quotes) = Extract("\"The plan is dead,\" Sen. Rand Paul (R-Ky.) said on Tuesday.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Rand Paul", quote.Speaker);
        Assert.Equal("Sen. Rand Paul (R-Ky.)", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void Speaker_phrase_takes_the_whole_noun_phrase_before_the_verb()
    {
        var (document, quotes) = Extract("\"Voters want change,\" political scientist Maria Holm told the radio.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Maria Holm", quote.Speaker);
        Assert.Equal("political scientist Maria Holm", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void Apposition_renaming_a_role_belongs_to_the_speaker_phrase()
    {
        var (document, quotes) = Extract("Berg’s campaign manager, Ola Strand, said: \"We are ready.\"");

        var quote = Assert.Single(quotes);
        Assert.Equal("Ola Strand", quote.Speaker);
        Assert.Equal("Berg’s campaign manager, Ola Strand,", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void Short_quoted_words_after_an_attributing_verb_go_to_the_subject()
    {
        var (document, quotes) = Extract("Former Mayor Karl Berg criticized the harbour plan as a \"crazy system\" during a visit.");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("Karl Berg", quote.Speaker);
        Assert.Equal("criticized", quote.Cue!.Value.Of(document.Text));
        Assert.Equal("crazy system", Assert.Single(quote.Parts).Of(document.Text));
        Assert.Equal("the harbour plan as a \"crazy system\"", quote.Content.Of(document.Text));
    }

    [Fact]
    public void Verb_group_with_an_auxiliary_is_the_cue()
    {
        var (document, quotes) = Extract("Anna Lind is describing as \"reckless\" a post by her rival.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Anna Lind", quote.Speaker);
        Assert.Equal("is describing", quote.Cue!.Value.Of(document.Text));
    }

    [Fact]
    public void Quoted_words_later_in_the_sentence_join_the_same_quotation()
    {
        var (document, quotes) = Extract("Karl Berg called the mayor \"weak\" and \"a disgrace\" on Friday.");

        var quote = Assert.Single(quotes);
        Assert.Equal(["weak", "a disgrace"], quote.Parts.Select(part => part.Of(document.Text)));
    }

    [Fact]
    public void Scare_quotes_without_an_attributing_verb_are_left_out()
    {
        var (_, quotes) = Extract("Karl Berg visited the \"new\" harbour on Friday.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Attribution_after_quoted_words_inside_a_sentence_finds_the_speaker()
    {
        var (document, quotes) = Extract("The port needs leaders \"who understand the sea,\" Anna Lind said in an interview.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Anna Lind", quote.Speaker);
        Assert.Equal("said", quote.CueVerb);
        Assert.Contains("who understand the sea,", quote.Content.Of(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_and_a_name_after_quoted_words_sign_them()
    {
        var (document, quotes) = Extract("“We can build a bridge instead.” ― Ola Strand");

        var quote = Assert.Single(quotes);
        Assert.Equal("Ola Strand", quote.Speaker);
        Assert.Equal("―", quote.Cue!.Value.Of(document.Text));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_closing_mark_typed_as_the_opening_one_still_opens_a_quotation()
    {
        var (document, quotes) = Extract("”Fear. I am truly afraid the bridge will close for good.” ― Ola Strand");

        var quote = Assert.Single(quotes);
        Assert.Equal("Ola Strand", quote.Speaker);
        Assert.StartsWith("Fear. I am truly afraid", quote.Content.Of(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_contracted_auxiliary_joins_the_cue_not_the_speaker()
    {
        var (document, quotes) = Extract("Mayor Tomas Berg spoke at the harbour. He’s claiming that the bridge is \"a disaster waiting to happen\" and that it must close.");

        var quote = Assert.Single(quotes);
        Assert.Equal("He", quote.SpeakerMention!.Value.Of(document.Text));
        Assert.Equal("’s claiming", quote.Cue!.Value.Of(document.Text));
    }

    [Fact]
    public void A_delegate_s_abbreviated_title_does_not_end_the_sentence()
    {
        var (document, quotes) = Extract("\"This is a waste of time and money,\" said Del. Stacey Plaskett after the vote.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Del. Stacey Plaskett", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void Called_on_is_a_request_not_a_cue()
    {
        var (_, quotes) = Extract("The family called on the police to release \"all the videos\" and went home.");

        Assert.DoesNotContain(quotes, q => q.CueVerb is "called");
    }

    [Fact]
    public void Possessive_subject_keeps_its_head_noun()
    {
        var (document, quotes) = Extract("Berg's family has urged the police to act \"as a matter of good faith\" this week.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Berg's family", quote.SpeakerMention!.Value.Of(document.Text));
        Assert.Equal("has urged", quote.Cue!.Value.Of(document.Text));
    }

    [Fact]
    public void Reported_words_end_with_quoted_words_before_a_participle()
    {
        var (document, quotes) = Extract("Karl Berg praised the mayor as a \"strong leader,\" comparing him to his father.");

        var quote = Assert.Single(quotes);
        Assert.EndsWith("leader,\"", quote.Content.Of(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_before_an_apposition_is_the_speaker_not_the_apposition()
    {
        var (document, quotes) = Extract("“The ferry must run all winter,” Lena Moe, the mayor of Lindvik, one of the towns on the fjord, said on Monday.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Moe", quote.Speaker);
        Assert.Equal("Lena Moe, the mayor of Lindvik,", quote.SpeakerMention!.Value.Of(document.Text));
    }

    [Fact]
    public void A_participle_right_after_a_name_takes_that_name_as_speaker()
    {
        var (document, quotes) = Extract("The new video shows Lena Moe asking, “Why is the ferry still not running?”");

        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Moe", quote.Speaker);
        Assert.Equal("asking", quote.Cue!.Value.Of(document.Text));
    }

    [Fact]
    public void A_named_head_after_a_possessive_is_the_subject()
    {
        var (_, quotes) = Extract(
            "Lena Moe’s campaign manager Per Aune spoke on the radio on Friday, arguing that the ferry plan was “the only honest budget in the county.”");

        var quote = Assert.Single(quotes);
        Assert.Equal("Per Aune", quote.Speaker);
    }

    [Fact]
    public void Guillemets_low_high_marks_and_single_marks_are_all_quotations()
    {
        var (document, quotes) = Extract(
            "«The port stays open,» Anna Berg said on Monday.",
            "„The ferries will run,“ Karl Vik said.",
            "‘We are not worried,’ Ola Strand said.");

        Assert.Equal("Anna Berg", Said(quotes, document, "The port stays open").Speaker);
        Assert.Equal("Karl Vik", Said(quotes, document, "The ferries will run").Speaker);
        Assert.Equal("Ola Strand", Said(quotes, document, "We are not worried").Speaker);
    }

    [Fact]
    public void A_quotation_inside_a_quotation_stays_part_of_the_outer_one()
    {
        var (document, quotes) = Extract("“When the minister told us ‘the bridge is safe,’ we believed him,” Anna Berg said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Anna Berg", quote.Speaker);
        Assert.Equal("When the minister told us ‘the bridge is safe,’ we believed him,", quote.Content.Of(document.Text));
    }

    [Fact]
    public void Told_an_agency_is_a_cue_and_the_agency_is_not_the_speaker()
    {
        var (document, quotes) = Extract("“We expect an answer by Friday,” Foreign Minister Lena Dahl told Anadolu.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Dahl", quote.Speaker);
        Assert.Equal("told", quote.CueVerb);
        Assert.Equal("We expect an answer by Friday,", quote.Content.Of(document.Text));
    }

    [Fact]
    public void The_name_after_an_organisation_and_a_role_is_the_speaker()
    {
        var (_, quotes) = Extract("“The channel was closed for an hour,” said Harbour Office chief Lena Moe.");

        Assert.Equal("Lena Moe", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_relative_clause_with_commas_keeps_the_name_it_describes()
    {
        var (document, quotes) = Extract(
            "Transport Minister Per Aune, who flew to Lindvik from the capital, Nordby, in the afternoon, told Fjord Radio the inquiry would start at once.",
            "“People must be able to trust the ferries,” he said.");

        var reported = Said(quotes, document, "the inquiry would start");
        Assert.Equal("Per Aune", reported.Speaker);
        Assert.Equal("the inquiry would start at once", reported.Content.Of(document.Text));
        Assert.Equal("Per Aune", Said(quotes, document, "People must be able").Speaker);
    }

    [Fact]
    public void A_plural_possessive_inside_an_apposition_keeps_the_speaker_before_it()
    {
        var (_, quotes) = Extract("Ola Strand, head of the Lindvik Pilots' Union, said the harbour had worked with six pilots since May.");

        Assert.Equal("Ola Strand", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void When_it_was_said_is_not_part_of_what_was_said()
    {
        var (document, quotes) = Extract("Mayor Lena Moe said on Tuesday the ferry would run again by Friday.");

        Assert.Equal("the ferry would run again by Friday", Assert.Single(quotes).Content.Of(document.Text));
    }

    [Fact]
    public void An_estimated_figure_is_no_speech_verb()
    {
        var (document, quotes) = Extract("Its members lost an estimated 180 million crowns last year, according to the association's own figures.");

        var quote = Assert.Single(quotes);
        Assert.Equal("according to", quote.Cue!.Value.Of(document.Text));
        Assert.Equal("the association's own figures", quote.SpeakerMention!.Value.Of(document.Text));
    }
}
