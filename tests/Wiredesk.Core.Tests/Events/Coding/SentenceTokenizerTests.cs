using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

public sealed class SentenceTokenizerTests
{
    [Fact]
    public void Clitics_and_punctuation_are_split_the_treebank_way_with_spans()
    {
        const string text = "Gondor's envoy didn't go, and U.S. troops won't (yet).";
        var tokens = SentenceTokenizer.Tokenize(text);
        Assert.Equal(
            ["GONDOR", "'S", "ENVOY", "DID", "N'T", "GO", ",", "AND", "U.S.", "TROOPS", "WO", "N'T", "(", "YET", ")", "."],
            tokens.Select(t => t.Key));
        Assert.All(tokens, t => Assert.Equal(t.Text, t.Span.Of(text)));
    }

    [Fact]
    public void Underscores_separate_words()
    {
        Assert.Equal(["PRINCE", "OF", "DOL", "AMROTH"], SentenceTokenizer.Tokenize("Prince of Dol_Amroth").Select(t => t.Key));
    }
}
