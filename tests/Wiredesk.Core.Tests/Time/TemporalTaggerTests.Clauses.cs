using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Time;

public sealed partial class TemporalTaggerTests
{
    [Theory]
    [InlineData("Buses will return to the streets on Monday after drivers accepted a deal, the union said.")]
    [InlineData("The bridge will reopen on Monday before engineers finished their checks, officials said.")]
    [InlineData("Ferries will sail again on Monday because the storm passed, the operator said.")]
    public void The_verb_of_another_clause_after_the_date_does_not_set_its_tense(string sentence)
    {
        Assert.Equal("2025-10-20", ValueOn(sentence, "Monday"));
    }

    [Theory]
    [InlineData("Forsby scored twice in the first half and the Rovers held on to win.", "the first half")]
    [InlineData("The visitors led by ten points in the third quarter before the hosts came back.", "the third quarter")]
    public void A_half_or_quarter_of_a_game_is_not_a_date(string sentence, string words)
    {
        Assert.DoesNotContain(_tagger.Tag(sentence, Wednesday), t => t.Text.EndsWith(words.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void A_half_of_the_year_in_business_news_is_still_a_date()
    {
        Assert.Equal("2025-H1", ValueOn("Profits at the shipyard rose by a fifth in the first half, the company said.", "the first half"));
    }
}
