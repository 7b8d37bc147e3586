using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Tests.Stories;

public sealed class StoryWordsTests
{
    private static List<(string Word, bool Name)> Scan(string text)
    {
        var words = new List<(string, bool)>();
        StoryWords.Scan(text, (word, name) => words.Add((word, name)));
        return words;
    }

    [Fact]
    public void Function_words_and_plain_numbers_are_dropped_but_years_stay()
    {
        var words = Scan("The talks in 2025 drew 1500 people and they said it was over.");

        Assert.Equal(["talk", "2025", "drew", "people"], words.Select(w => w.Word));
    }

    [Theory]
    [InlineData("strikes", "strike")]
    [InlineData("talks", "talk")]
    [InlineData("attacked", "attack")]
    [InlineData("negotiating", "negotiat")]
    [InlineData("negotiations", "negotiation")]
    [InlineData("policies", "policy")]
    [InlineData("crashes", "crash")]
    [InlineData("virus", "virus")]
    [InlineData("class", "class")]
    public void Endings_are_trimmed_lightly(string word, string stem) =>
        Assert.Equal(stem, StoryWords.Stem(word));

    [Fact]
    public void Capitalised_words_in_mid_sentence_are_name_candidates_and_sentence_starts_are_not()
    {
        var words = Scan("Officials said Erdoğan met Rutte. Ferries stopped.");

        Assert.Contains(("erdogan", true), words);
        Assert.Contains(("rutte", true), words);
        Assert.Contains(("official", false), words);
        Assert.Contains(("ferry", false), words);
    }

    [Fact]
    public void A_sentence_run_into_the_next_without_a_space_is_split_but_abbreviations_stay_whole()
    {
        var words = Scan("Police booked him for obstructing their duties.Officers then called the N.Y.P.D. about Tiangong-1.");

        Assert.Contains(("duty", false), words);
        Assert.Contains(("officer", false), words);
        Assert.DoesNotContain(words, w => w.Word.StartsWith("dutiesofficer", StringComparison.Ordinal));
        Assert.Contains(("nypd", true), words);
        Assert.Contains(("tiangong1", true), words);
    }

    [Fact]
    public void Possessives_and_diacritics_fold_onto_the_plain_name()
    {
        var words = Scan("He praised Türkiye's role and Turkiye's hosts.");

        Assert.Equal(2, words.Count(w => w.Word == "turkiye"));
    }
}
