using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

public sealed class EventCoderTests
{
    private static readonly EventCoder Coder = new(SmallDictionaries.Read());

    private static List<string> Code(string sentence, DateOnly? date = null, CodingOptions? options = null) =>
        Coder.Code(sentence, date, options).Events.Select(e => $"{e.Source}/{e.Target}/{e.Code}").ToList();

    [Fact]
    public void A_verb_alone_gives_its_code_between_subject_and_object()
    {
        Assert.Equal(["ARN/GON/121"], Code("Arnor criticized Gondor on Monday."));
        Assert.Equal(["ARN/GON/122"], Code("Arnor condemned Gondor on Monday."));
    }

    [Fact]
    public void A_matching_pattern_overrides_the_verb_code_and_words_may_stand_between()
    {
        Assert.Equal(["ARN/GON/123"], Code("Arnor criticized Gondor harshly."));
        Assert.Equal(["ARN/GON/071"], Code("Arnor gave Gondor a dollar."));
        Assert.Equal(["ARN/GON/073"], Code("Arnor gave aid to Minas Tirith."));
    }

    [Fact]
    public void Synset_phrases_match_whole_and_unmarked_ones_in_the_plural_too()
    {
        Assert.Equal(["ARN/GON/071"], Code("Arnor gave Gondor two hundred dollars."));
        Assert.Equal(["ARN/GON/071"], Code("Arnor gave Gondor a gold coin."));
        Assert.Equal(["ARN/GON/070"], Code("Arnor gave Gondor gold coins."));
        Assert.Equal(["ARN/GON/074"], Code("Arnor gave Gondor some credits."));
    }

    [Fact]
    public void A_synset_before_the_verb_matches_treebank_contractions()
    {
        Assert.Equal(["ARN/GON/129"], Code("Arnor didn't criticize Gondor."));
        Assert.Equal(["ARN/GON/129"], Code("Arnor will not criticize Gondor."));
    }

    [Fact]
    public void A_paired_code_also_codes_the_reverse_event()
    {
        Assert.Equal(["ARN/GON/042", "GON/ARN/043"], Code("Arnor visited Gondor."));
    }

    [Fact]
    public void Multi_word_verbs_and_null_codes()
    {
        Assert.Equal(["ARN/GON/191"], Code("Arnor cut off Gondor."));
        Assert.Equal(["ARN/GON/161"], Code("Arnor cut ties with Gondor."));
        Assert.Empty(Code("Arnor cut Gondor."));
    }

    [Fact]
    public void Pattern_markers_place_source_and_target()
    {
        Assert.Equal(["ARN/GON/071"], Code("Gondor received money from Arnor."));
    }

    [Fact]
    public void Compounds_give_one_event_per_member()
    {
        Assert.Equal(["ARN/GON/121", "ROH/GON/121"], Code("Arnor and Rohan criticized Gondor."));
        Assert.Equal(["FRO/GON/121", "SAM/GON/121"], Code("The Shire criticized Gondor."));
        Assert.Equal(["ARN/ROH/030", "ROH/ARN/030"], Code("Arnor and Rohan agree that the war must end."));
    }

    [Fact]
    public void Agents_combine_with_their_actor()
    {
        Assert.Equal(["ARNGOV/GONCOP/121"], Code("The Arnor government criticized Gondor's police."));
        Assert.Equal(["ARNGOV/GON/121", "ROHGOV/GON/121"], Code("Ministers of Arnor and Rohan criticized Gondor."));
        Assert.Equal(["NGOARN/GON/121"], Code("An Arnor aid agency criticized Gondor."));
    }

    [Fact]
    public void Events_need_both_actors_unless_dyads_are_not_required()
    {
        Assert.Empty(Code("Arnor criticized the plan."));
        Assert.Equal(["ARN/---/121"], Code("Arnor criticized the plan.", options: new CodingOptions(RequireDyad: false)));
        Assert.Empty(Code("Arnor criticized the plan, the minister of Rohan condemned."));
    }

    [Fact]
    public void The_agent_of_a_passive_verb_is_the_source()
    {
        Assert.Equal(["ARN/GON/121"], Code("Gondor was criticized by Arnor."));
    }

    [Fact]
    public void Actor_codes_follow_the_sentence_date()
    {
        Assert.Equal(["RHO/GON/121"], Code("Zimbabwe criticized Gondor.", new DateOnly(1975, 3, 1)));
        Assert.Equal(["ZBW/GON/121"], Code("Zimbabwe criticized Gondor.", new DateOnly(1995, 3, 1)));
    }

    [Fact]
    public void A_discard_phrase_stops_the_sentence()
    {
        var sentence = Coder.Code("Arnor criticized Gondor at the baseball final.");
        Assert.Empty(sentence.Events);
        Assert.False(sentence.Discard!.Story);
        Assert.True(Coder.Code("A typhoon hit Arnor and Gondor criticized Rohan.").Discard!.Story);
    }

    [Fact]
    public void Events_carry_the_spans_of_cue_source_and_target()
    {
        const string text = "On Monday, Arnor criticized Gondor's police.";
        var coded = Coder.Code(text).Events.Single();
        Assert.Equal("criticized", coded.Verb.Of(text));
        Assert.Equal("Arnor", coded.SourceSpan!.Value.Of(text));
        Assert.Equal("Gondor's police", coded.TargetSpan!.Value.Of(text));
        Assert.Null(coded.PatternLine);
    }

    [Fact]
    public void With_a_parse_only_words_tagged_as_verbs_are_coded()
    {
        const string text = "Arnor cut spending on Gondor visits.";
        const string parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD cut) (NP (NP (NN spending)) (PP (IN on) (NP (NNP Gondor) (NNS visits))))) (. .)))";
        Assert.Empty(Coder.Code(text, TreebankReader.Read(parse)).Events);
        const string visited = "(ROOT (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Gondor))) (. .)))";
        Assert.Equal(2, Coder.Code("Arnor visited Gondor.", TreebankReader.Read(visited)).Events.Count);
    }

    [Fact]
    public void A_verb_after_a_determiner_is_a_noun()
    {
        Assert.Empty(Code("Arnor praised the visit to Gondor."));
    }
}
