using Wiredesk.Core.Entities;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Tests.Entities;

public sealed class NerTokenizerTests
{
    private static List<List<string>> Split(string text) =>
        NerTokenizer.Split(text, new TextSpan(0, text.Length)).Select(s => s.Tokens.Select(t => t.Of(text)).ToList()).ToList();

    [Fact]
    public void Punctuation_stands_alone_and_hyphenated_words_stay_whole()
    {
        var sentences = Split("NATO Secretary-General Mark Rutte (left) met Erdoğan, \"briefly\", on 1996-08-22.");

        Assert.Equal(
            ["NATO", "Secretary-General", "Mark", "Rutte", "(", "left", ")", "met", "Erdoğan", ",", "\"", "briefly", "\"", ",", "on", "1996-08-22", "."],
            Assert.Single(sentences));
    }

    [Fact]
    public void Abbreviations_initials_and_numbers_keep_their_periods()
    {
        var sentences = Split("Mr. Smith of Acme Inc. told the U.S. envoy, J. Doe, that 3.5 percent of 9,000 was enough.");

        Assert.Equal(
            ["Mr.", "Smith", "of", "Acme", "Inc.", "told", "the", "U.S.", "envoy", ",", "J.", "Doe", ",", "that", "3.5", "percent", "of", "9,000", "was", "enough", "."],
            Assert.Single(sentences));
    }

    [Fact]
    public void Possessives_and_contractions_are_split_off()
    {
        var sentences = Split("Türkiye’s minister said they don't know O'Neill's plan and we're waiting.");

        Assert.Equal(
            ["Türkiye", "’s", "minister", "said", "they", "do", "n't", "know", "O'Neill", "'s", "plan", "and", "we", "'re", "waiting", "."],
            Assert.Single(sentences));
    }

    [Fact]
    public void Sentences_end_at_stops_with_their_closing_quotes_and_at_line_breaks()
    {
        var sentences = Split("He said: \"It is over.\" Then he left! Was it late? yes it was\nA headline without a stop\nDr. Who arrived.");

        Assert.Equal(5, sentences.Count);
        Assert.Equal(["He", "said", ":", "\"", "It", "is", "over", ".", "\""], sentences[0]);
        Assert.Equal(["Then", "he", "left", "!"], sentences[1]);
        Assert.Equal(["Was", "it", "late", "?", "yes", "it", "was"], sentences[2]);
        Assert.Equal(["A", "headline", "without", "a", "stop"], sentences[3]);
        Assert.Equal(["Dr.", "Who", "arrived", "."], sentences[4]);
    }

    [Fact]
    public void Token_spans_point_into_the_original_text_inside_the_region()
    {
        const string text = "Skip this. Ankara, Türkiye — 15 May. Skip that.";
        var region = TextSpan.FromBounds(11, text.IndexOf(" Skip that", StringComparison.Ordinal));

        var sentence = Assert.Single(NerTokenizer.Split(text, region));

        Assert.Equal(new TextSpan(11, 6), sentence.Tokens[0]);
        Assert.Equal(["Ankara", ",", "Türkiye", "—", "15", "May", "."], sentence.Tokens.Select(t => t.Of(text)));
        Assert.Equal(TextSpan.FromBounds(11, region.End), sentence.Span);
    }

    [Fact]
    public void Decomposed_diacritics_stay_inside_the_word()
    {
        var text = "Erdog\u0306an spoke.";

        Assert.Equal(["Erdog\u0306an", "spoke", "."], Assert.Single(Split(text)));
    }
}
