using Wiredesk.Core.Reuse;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Reuse;

public sealed class ReuseTokenizerTests
{
    [Theory]
    [InlineData("Türkiye’s defence", "Turkiye's defense")]
    [InlineData("the harbour was organised", "the harbor was organized")]
    [InlineData("“We will rebuild,” she said", "\"We will rebuild,\" she said")]
    [InlineData("seventeen people – 9,000 tonnes", "17 people - 9000 tonnes")]
    [InlineData("40 per cent of U.S. trade", "40 percent of US trade")]
    [InlineData("Kiev and Zelensky", "Kyiv and Zelenskyy")]
    [InlineData("centre travelled programme", "center traveled program")]
    public void Variants_an_edit_brings_in_give_the_same_words(string british, string american)
    {
        Assert.Equal(Hashes(american), Hashes(british));
    }

    [Theory]
    [InlineData("harbor", "harbour master")]
    [InlineData("rise", "realize")]
    public void Different_words_stay_different(string one, string other)
    {
        Assert.NotEqual(Hashes(one), Hashes(other));
    }

    [Fact]
    public void Every_word_points_at_its_characters_in_the_original_text()
    {
        var document = Clean.Text("Strike ends at the docks\n\nThe dockworkers’ strike at Portheaven ended on Friday, 40 per cent of U.S. cargo waited.");

        var tokens = ReuseTokenizer.Tokenize(document);

        var words = tokens.Select(t => document.Text.Substring(t.Start, t.Length)).ToList();
        Assert.Equal(["The", "dockworkers", "strike", "at", "Portheaven", "ended", "on", "Friday", "40", "per cent", "of", "U.S", "cargo", "waited"], words);
    }

    [Fact]
    public void Boilerplate_titles_and_datelines_are_not_read()
    {
        var document = Clean.Text("date 2026-03-04\nStrike ends at the docks\n\nPORTHEAVEN\n\nThe strike ended on Friday.\n\nLeave a comment");

        var tokens = ReuseTokenizer.Tokenize(document);

        Assert.Equal(5, tokens.Length);
    }

    [Fact]
    public void A_very_long_word_is_one_token_over_all_its_characters()
    {
        var text = "see " + new string('x', 100) + "-7 end";
        var tokens = new List<ReuseToken>();

        ReuseTokenizer.Tokenize(text, 0, text.Length, tokens);

        Assert.Equal([(0, 3), (4, 100), (105, 1), (107, 3)], tokens.Select(t => (t.Start, t.Length)));
    }

    [Fact]
    public void Cent_appended_after_a_per_already_listed_makes_percent()
    {
        var text = "40 per cent";
        var tokens = new List<ReuseToken>();

        ReuseTokenizer.Tokenize(text, 0, 6, tokens);
        ReuseTokenizer.Tokenize(text, 6, text.Length, tokens);

        Assert.Equal(Hashes("40 percent"), tokens.Select(t => t.Hash));
        Assert.Equal((3, 8), (tokens[1].Start, tokens[1].Length));
    }

    private static ulong[] Hashes(string text)
    {
        var tokens = new List<ReuseToken>();
        ReuseTokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens.Select(t => t.Hash).ToArray();
    }
}
