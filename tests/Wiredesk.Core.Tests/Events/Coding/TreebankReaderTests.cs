using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

public sealed class TreebankReaderTests
{
    [Fact]
    public void Leaves_come_with_their_tags_and_are_placed_in_the_text()
    {
        const string text = "Arnor didn't (quite) leave.";
        var root = TreebankReader.Read("(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB n't) (-LRB- -LRB-) (RB quite) (-RRB- -RRB-) (VP (VB leave))) (. .)))");
        var tokens = TreebankTokens.FromParse(text, root);
        Assert.Equal(["Arnor", "did", "n't", "(", "quite", ")", "leave", "."], tokens.Select(t => t.Span.Of(text)));
        Assert.Equal("VB", tokens[6].Tag);
    }

    [Fact]
    public void An_unbalanced_parse_is_rejected()
    {
        Assert.Throws<FormatException>(() => TreebankReader.Read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))"));
    }
}
