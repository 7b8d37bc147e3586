using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

public sealed class VerbDictionaryReaderTests
{
    private static readonly VerbDictionary Dictionary = VerbDictionaryReader.Read(SmallDictionaries.Verbs, "verbs.txt");

    [Fact]
    public void Regular_forms_are_generated_and_carry_the_block_or_own_code()
    {
        Assert.Equal("121", Dictionary.FormsOf("CRITICIZED").Single().Code.Forward);
        Assert.Equal("121", Dictionary.FormsOf("CRITICIZING").Single().Code.Forward);
        Assert.Equal("122", Dictionary.FormsOf("CONDEMNS").Single().Code.Forward);
        var visit = Dictionary.FormsOf("VISITED").Single().Code;
        Assert.Equal(("042", "043"), (visit.Forward, visit.Reverse));
    }

    [Fact]
    public void Irregular_forms_replace_the_regular_ones()
    {
        Assert.NotEmpty(Dictionary.FormsOf("GAVE"));
        Assert.NotEmpty(Dictionary.FormsOf("GIVE"));
        Assert.Empty(Dictionary.FormsOf("GIVED"));
    }

    [Fact]
    public void Multi_word_verbs_keep_their_words_and_mark_the_verb()
    {
        var cutting = Dictionary.FormsOf("CUTTING").Single(f => f.Words.Count == 2);
        Assert.Equal(["CUTTING", "OFF"], cutting.Words);
        Assert.Equal(0, cutting.VerbIndex);
        Assert.Equal("191", cutting.Code.Forward);
        Assert.True(Dictionary.FormsOf("CUT").Single(f => f.Words.Count == 1).Code.IsNull);
    }

    [Fact]
    public void Synsets_get_plurals_unless_marked_and_include_nested_sets()
    {
        var money = Dictionary.Synsets["&MONEY"].Phrases.Select(p => string.Join(' ', p)).ToList();
        Assert.Contains("DOLLARS", money);
        Assert.Contains("GOLD COIN", money);
        Assert.DoesNotContain("GOLD COINS", money);
        var negation = Dictionary.Synsets["&NEGATION"].Phrases.Select(p => string.Join(' ', p)).ToList();
        Assert.Contains("DID N'T", negation);
        Assert.DoesNotContain("WILL NOTS", negation);
        var funds = Dictionary.Synsets["&FUNDS"].Phrases.Select(p => string.Join(' ', p)).ToList();
        Assert.Contains("DOLLAR", funds);
        Assert.Contains("CREDITS", funds);
    }

    [Fact]
    public void Patterns_keep_order_adjacency_and_markers()
    {
        var give = Dictionary.Blocks.Single(b => b.Name == "GIVE");
        var aid = give.Patterns.Single(p => p.Code.Forward == "073");
        Assert.Empty(aid.Before);
        Assert.Equal(
            [(PatternElementKind.Word, "AID", false), (PatternElementKind.Word, "TO", true), (PatternElementKind.Target, "", false)],
            aid.After.Select(e => (e.Kind, e.Text, e.Adjacent)));
        var receive = Dictionary.Blocks.Single(b => b.Name == "RECEIVE").Patterns.Single();
        Assert.Equal(PatternElementKind.Target, receive.Before.Single().Kind);
        Assert.Equal(PatternElementKind.Source, receive.After[^1].Kind);
    }

    [Fact]
    public void A_pattern_without_a_verb_marker_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<DictionaryFormatException>(() => VerbDictionaryReader.Read("--- SAY [010] ---\nSAY\n- HELLO WORLD [011]\n", "mine.verbs.txt"));
        Assert.Equal("mine.verbs.txt", error.FileName);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("mine.verbs.txt, line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_synset_is_an_error_unless_reading_leniently()
    {
        const string text = "--- SAY [010] ---\nSAY\n- * &NOWHERE [011]\n- * HELLO [012]\n";
        var error = Assert.Throws<DictionaryFormatException>(() => VerbDictionaryReader.Read(text, "v.txt"));
        Assert.Equal(3, error.LineNumber);
        var lenient = VerbDictionaryReader.Read(text, "v.txt", lenient: true);
        Assert.Equal("012", lenient.Blocks.Single().Patterns.Single().Code.Forward);
        Assert.Contains(lenient.Warnings, w => w.Contains("line 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_code_is_reported()
    {
        var error = Assert.Throws<DictionaryFormatException>(() => VerbDictionaryReader.Read("--- SAY [010] ---\nSAY\n- * HELLO [01 1]\n", "v.txt"));
        Assert.Equal(3, error.LineNumber);
    }
}
