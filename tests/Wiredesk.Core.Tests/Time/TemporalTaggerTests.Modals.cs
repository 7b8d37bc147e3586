using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Time;

public sealed partial class TemporalTaggerTests
{
    // A Wednesday: the Monday before is 2025-10-13, the one after 2025-10-20; December is 2024-12 looking back.
    private static readonly DateOnly Wednesday = new(2025, 10, 15);

    private string ValueOn(string sentence, string expression) => Single(sentence, expression, Wednesday).Value;

    [Theory]
    [InlineData("The union said its members could walk out on Monday.")]
    [InlineData("Engineers said the ferry might sail again on Monday.")]
    [InlineData("The council announced the library may reopen on Monday.")]
    [InlineData("The coach said the striker should be fit on Monday.")]
    [InlineData("The agency said farmers can apply for the grants on Monday.")]
    [InlineData("A judge ruled the firm must file its accounts on Monday.")]
    [InlineData("The regulator said lenders ought to publish their fees on Monday.")]
    [InlineData("The minister said she would visit the dam on Monday.")]
    [InlineData("The minister said she will visit the dam on Monday.")]
    [InlineData("The board said it shall publish its findings on Monday.")]
    [InlineData("The report was expected to appear on Monday.")]
    [InlineData("The rail strike was due to begin on Monday.")]
    [InlineData("The vote was set for Monday, aides said.")]
    [InlineData("The launch was scheduled to take place on Monday.")]
    [InlineData("The ferry company said crossings could soon resume on Monday.")]
    [InlineData("The club said the stadium couldn’t host the match on Monday.")]
    public void A_modal_in_a_past_report_sends_a_weekday_forward(string sentence)
    {
        Assert.Equal("2025-10-20", ValueOn(sentence, "Monday"));
    }

    [Theory]
    [InlineData("The central bank signalled that it could cut rates again in December.")]
    [InlineData("Analysts said the merger might close in December.")]
    [InlineData("The airline warned that fares may rise in December.")]
    [InlineData("The treasurer argued the levy should end in December.")]
    [InlineData("The ministry said pensioners can claim the bonus in December.")]
    [InlineData("The court held that the tenants must leave in December.")]
    [InlineData("Lawmakers said the budget ought to pass in December.")]
    [InlineData("The governor said the bank would act again in December.")]
    [InlineData("The fund was expected to sell its stake in December.")]
    [InlineData("The treaty was due to lapse in December.")]
    [InlineData("Elections were scheduled to take place in December.")]
    [InlineData("The bank said it could not rule out a rise in December.")]
    public void A_modal_in_a_past_report_keeps_a_month_ahead(string sentence)
    {
        Assert.Equal("2025-12", ValueOn(sentence, "December"));
    }

    [Theory]
    [InlineData("The union said its members walked out on Monday.")]
    [InlineData("Rescuers said they could not reach the village on Monday.")]
    [InlineData("The spokesman couldn't be reached for comment on Monday.")]
    [InlineData("The spokesman couldn’t immediately be reached on Monday.")]
    [InlineData("Neither driver could be located on Monday.")]
    [InlineData("Investigators said the fire might have started on Monday.")]
    [InlineData("Police said the ferry may have sailed without lights on Monday.")]
    [InlineData("The painter would have turned 90 on Monday.")]
    [InlineData("On Monday, the mayor said residents could return home.")]
    public void A_past_event_stays_in_the_past_beside_a_modal(string sentence)
    {
        Assert.Equal("2025-10-13", ValueOn(sentence, "Monday"));
    }

    [Theory]
    [InlineData("The fund said in December that it could sell its stake.")]
    [InlineData("Auditors said the accounts must have been altered in December.")]
    [InlineData("Officials could not confirm the figures in December.")]
    [InlineData("The bank raised rates in December.")]
    public void A_past_month_stays_in_the_past_beside_a_modal(string sentence)
    {
        Assert.Equal("2024-12", ValueOn(sentence, "December"));
    }

    [Fact]
    public void May_the_verb_is_a_cue_while_may_the_month_is_a_date()
    {
        var found = _tagger.Tag("The committee may meet again in June, it said in May.", Wednesday);

        Assert.Equal(["2026-06", "2025-05"], found.Select(e => e.Value));
    }

    [Theory]
    [InlineData("Customers can return the heaters to any shop in the country for a full refund until the end of March.", "the end of March", "2026-03")]
    [InlineData("The exhibition of harbour paintings stays open until March.", "March", "2026-03")]
    [InlineData("The ferry crossings were suspended until March.", "March", "2025-03")]
    public void A_time_something_lasts_until_lies_ahead_unless_a_verb_says_otherwise(string sentence, string expression, string value)
    {
        // October 2025: the coming March is 2026's; "were suspended until March" is March of this year, gone by.
        Assert.Equal(value, ValueOn(sentence, expression));
    }
}

