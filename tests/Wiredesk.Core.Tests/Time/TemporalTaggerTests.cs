using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Time;

public sealed partial class TemporalTaggerTests
{
    // A Thursday.
    private static readonly DateOnly Anchor = new(2025, 5, 15);
    private readonly TemporalTagger _tagger = new();

    private TimeExpression Single(string sentence, string expected, DateOnly? anchor)
    {
        var found = _tagger.Tag(sentence, anchor);
        var match = Assert.Single(found, e => e.Text == expected);
        Assert.Equal(expected, match.Span.Of(sentence));
        return match;
    }

    [Theory]
    [InlineData("Erdogan spoke with Zelenskyy on Wednesday.", "Wednesday", "2025-05-14")]
    [InlineData("The ministers will meet again on Wednesday.", "Wednesday", "2025-05-21")]
    [InlineData("Talks open in Istanbul this Thursday.", "this Thursday", "2025-05-15")]
    [InlineData("The envoy arrived last Friday.", "last Friday", "2025-05-09")]
    [InlineData("Prices rose sharply last month.", "last month", "2025-04")]
    [InlineData("The summit is planned for next month.", "next month", "2025-06")]
    [InlineData("Exports fell last week.", "last week", "2025-W19")]
    [InlineData("The court will rule next week.", "next week", "2025-W21")]
    [InlineData("The law was passed in March 2022.", "March 2022", "2022-03")]
    [InlineData("The vote was held on May 12, 2025.", "May 12, 2025", "2025-05-12")]
    [InlineData("The vote was held on 12 May 2025.", "12 May 2025", "2025-05-12")]
    [InlineData("The filing is dated 2025-05-12.", "2025-05-12", "2025-05-12")]
    [InlineData("The dispute dates back to 2023, officials said.", "2023", "2023")]
    [InlineData("Rutte was received in Ankara yesterday.", "yesterday", "2025-05-14")]
    [InlineData("The ministers are meeting today.", "today", "2025-05-15")]
    [InlineData("The minister is speaking now.", "now", "PRESENT_REF")]
    [InlineData("The two sides recently resumed contacts.", "recently", "PAST_REF")]
    [InlineData("Growth slowed in the third quarter.", "the third quarter", "2024-Q3")]
    [InlineData("The talks collapsed last summer.", "last summer", "2024-SU")]
    [InlineData("Inflation peaked in the 1990s.", "the 1990s", "199")]
    [InlineData("It was the worst flood of the 20th century.", "20th century", "19")]
    public void Relative_and_absolute_dates_resolve_against_the_anchor(string sentence, string expression, string value)
    {
        var found = Single(sentence, expression, Anchor);

        Assert.Equal(value, found.Value);
        Assert.Equal(TimeExpressionType.Date, found.Type);
    }

    [Fact]
    public void Late_on_a_day_keeps_the_day_and_marks_its_end()
    {
        var found = Single("Erdogan spoke with Zelenskyy late on May 12.", "late on May 12", Anchor);

        Assert.Equal(("2025-05-12", TimeModifier.End), (found.Value, found.Mod));
    }

    [Fact]
    public void Mid_year_is_the_year_with_mod_mid()
    {
        var found = Single("The project stalled in mid-2023.", "mid-2023", Anchor);

        Assert.Equal(("2023", TimeModifier.Mid), (found.Value, found.Mod));
    }

    [Fact]
    public void Early_month_is_the_month_with_mod_start()
    {
        var found = Single("The season started in early December.", "early December", Anchor);

        Assert.Equal(("2024-12", TimeModifier.Start), (found.Value, found.Mod));
    }

    [Theory]
    [InlineData("The leaders' summit follows in The Hague on June 24-25.", "June 24-25")]
    [InlineData("The leaders' summit follows in The Hague on 24–25 June.", "24–25 June")]
    public void A_day_range_is_one_expression_with_begin_and_end(string sentence, string expression)
    {
        var found = Single(sentence, expression, Anchor);

        Assert.True(found.IsRange);
        Assert.Equal(("2025-06-24", "2025-06-25"), (found.Value, found.EndValue));
    }

    [Fact]
    public void A_year_range_is_two_years()
    {
        var found = _tagger.Tag("The pandemic of 2009-2010 killed 348 children.", Anchor);

        Assert.Equal(["2009", "2010"], found.Select(e => e.Value));
    }

    [Fact]
    public void More_than_three_years_is_a_duration_with_mod_more_than()
    {
        var found = Single("The war has lasted more than three years.", "three years", Anchor);

        Assert.Equal((TimeExpressionType.Duration, "P3Y", TimeModifier.MoreThan), (found.Type, found.Value, found.Mod));
    }

    [Theory]
    [InlineData("The talks lasted 48 hours.", "48 hours", "PT48H")]
    [InlineData("The two-day meeting ended.", "two-day", "P2D")]
    [InlineData("Inflation rose for several months.", "several months", "PXM")]
    [InlineData("The company was founded a decade ago, but losses have grown over the past two years.", "the past two years", "P2Y")]
    public void Durations_get_iso_values(string sentence, string expression, string value)
    {
        var found = Single(sentence, expression, Anchor);

        Assert.Equal((TimeExpressionType.Duration, value), (found.Type, found.Value));
    }

    [Theory]
    [InlineData("The ministers meet every week.", "every week", "P1W")]
    [InlineData("The figures are published weekly.", "weekly", "P1W")]
    [InlineData("The fair is held each year.", "each year", "P1Y")]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1")]
    public void Recurrences_are_sets(string sentence, string expression, string value)
    {
        var found = Single(sentence, expression, Anchor);

        Assert.Equal((TimeExpressionType.Set, value), (found.Type, found.Value));
    }

    [Theory]
    [InlineData("The ceasefire takes effect at 3 p.m.", "3 p.m.", "2025-05-15T15:00")]
    [InlineData("The market closed at 10:30 GMT.", "10:30 GMT", "2025-05-15T10:30")]
    [InlineData("The blast was heard tonight.", "tonight", "2025-05-15TNI")]
    [InlineData("The statement came on Monday night.", "Monday night", "2025-05-12TNI")]
    public void Times_of_day_carry_the_day(string sentence, string expression, string value)
    {
        var found = Single(sentence, expression, Anchor);

        Assert.Equal((TimeExpressionType.Time, value), (found.Type, found.Value));
    }

    [Theory]
    [InlineData("Police seized 2882015 counterfeit notes.")]
    [InlineData("The ministry counted 2,882,015 voters.")]
    [InlineData("The army sent 1,500 soldiers to the border.")]
    [InlineData("The army sent 1500 soldiers to the border.")]
    [InlineData("The hosts sealed a 2-1 win.")]
    [InlineData("The flight No. 2023 was delayed.")]
    [InlineData("May the best team win.")]
    public void Numbers_and_words_that_only_look_like_dates_are_not_tagged(string sentence)
    {
        Assert.Empty(_tagger.Tag(sentence, Anchor));
    }

    [Fact]
    public void Next_week_at_the_end_of_the_year_is_the_first_week_of_the_next_iso_year()
    {
        var found = Single("The cabinet will meet next week.", "next week", new DateOnly(2025, 12, 23));

        Assert.Equal("2026-W01", found.Value);
    }

    [Fact]
    public void Next_week_from_the_last_days_of_december_counts_iso_weeks()
    {
        // 29-31 December 2025 already belong to ISO week 2026-W01.
        var found = Single("The cabinet will meet next week.", "next week", new DateOnly(2025, 12, 30));

        Assert.Equal("2026-W02", found.Value);
    }

    [Fact]
    public void Last_month_in_january_is_the_previous_december()
    {
        var found = Single("Sales fell last month.", "last month", new DateOnly(2025, 1, 10));

        Assert.Equal("2024-12", found.Value);
    }

    [Theory]
    [InlineData("Erdogan spoke with Zelenskyy on Wednesday.", "Wednesday", "XXXX-WXX-3")]
    [InlineData("The vote was held on May 12.", "May 12", "XXXX-05-12")]
    [InlineData("Exports fell last week.", "last week", "XXXX-WXX")]
    [InlineData("Rutte was received in Ankara yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("The vote was held on May 12, 2025.", "May 12, 2025", "2025-05-12")]
    public void Without_an_anchor_relative_values_stay_underspecified(string sentence, string expression, string value)
    {
        var found = Single(sentence, expression, null);

        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void A_month_without_a_year_in_a_past_sentence_is_the_last_such_month()
    {
        var found = Single("The company sold its stake in October.", "October", Anchor);

        Assert.Equal("2024-10", found.Value);
    }

    [Fact]
    public void Spans_point_into_the_original_text_within_the_region()
    {
        const string text = "Headline on Friday\n\nThe talks began on Monday and end on Friday.";
        var body = text.IndexOf("The talks", StringComparison.Ordinal);

        var found = _tagger.Tag(text, Core.Text.TextSpan.FromBounds(body, text.Length), Anchor);

        Assert.Equal(["Monday", "Friday"], found.Select(e => e.Span.Of(text)));
        Assert.All(found, e => Assert.True(e.Span.Start >= body));
    }

    [Fact]
    public void Possessive_dates_are_still_dates()
    {
        var found = Single("Last year's harvest was poor.", "Last year", Anchor);

        Assert.Equal("2024", found.Value);
    }
}
