using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Tests.Reuse;

public sealed class ShingleContainmentTests
{
    private const string Story = "A passenger ferry carrying 212 people collided with a container ship at the entrance to the inner harbor on Tuesday morning, injuring 17 people and closing the busiest port in the country for most of the day, the port authority said in a statement.";

    [Fact]
    public void A_story_carried_whole_inside_a_longer_one_is_a_copy()
    {
        var longer = "Fog had lingered over the coast since Monday night. " + Story.Replace("harbor", "harbour", StringComparison.Ordinal) + " Ferries to the islands were cancelled.";

        var containment = Containment(Story, longer);

        Assert.Equal(1.0, containment);
        Assert.True(containment >= ShingleContainment.CopyThreshold);
    }

    [Fact]
    public void A_word_changed_every_few_words_breaks_the_verbatim_copy()
    {
        var edited = Story
            .Replace("carrying", "with", StringComparison.Ordinal)
            .Replace("container ship", "freighter", StringComparison.Ordinal)
            .Replace("on Tuesday morning", "early on Tuesday", StringComparison.Ordinal)
            .Replace("closing", "shutting", StringComparison.Ordinal)
            .Replace("for most of the day", "until the evening", StringComparison.Ordinal);

        Assert.InRange(Containment(Story, edited), 0.0, 0.5);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_contains_nothing()
    {
        Assert.Equal(0.0, Containment("Ferry collides.", Story));
    }

    private static double Containment(string a, string b) =>
        ShingleContainment.OfSmaller(Tokens(a), Tokens(b), ReuseOptions.Default.ShingleSize);

    private static ReuseToken[] Tokens(string text)
    {
        var tokens = new List<ReuseToken>();
        ReuseTokenizer.Tokenize(text, 0, text.Length, tokens);
        return [.. tokens];
    }
}
