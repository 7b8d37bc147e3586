using Wiredesk.Core.Stories;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Stories;

/// <summary>Amounts of money the articles of a story give differently, in short articles written for these tests.</summary>
public sealed class StoryAmountTests
{
    private const string Deal = "date 2026-03-02\n\nHalvard Shipping said on Monday it had agreed to buy smaller rival Corran Lines for $4.2 billion in cash, creating the largest ferry operator on the northern coast. The company will also spend $800 million renewing the combined fleet and expects savings of $300 million a year by 2029. Corran shares jumped 27 percent.";
    private const string DealLater = "date 2026-03-04\n\nCorran Lines shareholders asked for a higher price on Wednesday, two days after the $4.1 billion deal was announced. Corran shares rose 24 percent to 38 crowns a share, below the offer.";
    private const string Fraud = "date 2026-05-11\n\nJudge Marit Osterhus said Brenner had taken at least 2.4 million crowns from three companies and sentenced the former roads official to four years in prison.";
    private const string FraudLater = "date 2026-05-12\n\nThe former roads official Ivar Brenner will appeal his sentence. The court found that he took 2.1 million crowns from road builders over three years.";

    [Fact]
    public void A_deal_price_given_differently_by_two_articles_is_a_disagreement()
    {
        var amount = Assert.Single(Build(Deal, DealLater).Disagreements, d => d.Slot == "amount");

        Assert.Equal("the amount in dollars", amount.What);
        Assert.Equal(["$4.2 billion", "$4.1 billion"], amount.Sides.Select(s => s.Claim));
        Assert.Equal(["a1"], amount.Sides[0].Documents);
        Assert.Equal(["a2"], amount.Sides[1].Documents);
        Assert.Contains("for $4.2 billion in cash", amount.Sides[0].Mentions[0].Text, StringComparison.Ordinal);
        Assert.Contains("the $4.1 billion deal", amount.Sides[1].Mentions[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_in_crowns_given_differently_by_two_articles_is_a_disagreement()
    {
        var amount = Assert.Single(Build(Fraud, FraudLater).Disagreements, d => d.Slot == "amount");

        Assert.Equal("the amount in crowns", amount.What);
        Assert.Equal(["2.4 million crowns", "2.1 million crowns"], amount.Sides.Select(s => s.Claim));
        Assert.Equal(["a1"], amount.Sides[0].Documents);
        Assert.Equal(["a2"], amount.Sides[1].Documents);
    }

    [Fact]
    public void Other_quantities_share_prices_and_percentages_are_not_set_against_the_deal_price()
    {
        // The fleet and the savings are other quantities; 38 and 36 crowns a share are prices; 27 and 24 are percentages.
        var view = Build(
            Deal,
            DealLater,
            "date 2026-03-05\n\nHalvard Shipping will spend $780 million on six new ferries for the routes it takes over from Corran Lines. Corran shares closed at 36 crowns a share, up 25 percent on the week.");

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal(["$4.2 billion", "$4.1 billion"], amount.Sides.Select(s => s.Claim));
        Assert.DoesNotContain("a3", amount.Sides.SelectMany(s => s.Documents));
    }

    [Fact]
    public void The_same_amount_written_differently_takes_one_side()
    {
        var view = Build(
            Deal,
            "date 2026-03-02\n\nHalvard Shipping is buying Corran Lines for $4.2bn, the ferry operator said on Monday.",
            "date 2026-03-02\n\nThe ferry operator Halvard Shipping will pay 4.2 billion dollars for Corran Lines, it said on Monday.",
            "date 2026-03-03\n\nThe US$4.2 billion purchase of Corran Lines by Halvard Shipping needs the approval of the competition authority.",
            DealLater);

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal(["$4.2 billion", "$4.1 billion"], amount.Sides.Select(s => s.Claim));
        Assert.Equal(["a1", "a2", "a3", "a4"], amount.Sides[0].Documents.Order());
        Assert.Equal(["a5"], amount.Sides[1].Documents);
    }

    [Fact]
    public void A_sum_in_crowns_written_out_in_full_is_the_same_sum()
    {
        var view = Build(
            Fraud,
            "date 2026-05-11\n\nThe former roads official Ivar Brenner was sentenced to four years for taking 2,400,000 crowns in bribes.",
            FraudLater);

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal(["2.4 million crowns", "2.1 million crowns"], amount.Sides.Select(s => s.Claim));
        Assert.Equal(["a1", "a2"], amount.Sides[0].Documents.Order());
        Assert.Equal(["a3"], amount.Sides[1].Documents);
    }

    [Fact]
    public void A_round_figure_the_exact_one_rounds_to_takes_no_side()
    {
        var view = Build(
            Deal,
            "date 2026-03-03\n\nThe takeover of Corran Lines by Halvard Shipping, worth about $4 billion, faces a review by the competition authority.",
            DealLater);

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal(["$4.2 billion", "$4.1 billion"], amount.Sides.Select(s => s.Claim));
        Assert.DoesNotContain("a2", amount.Sides.SelectMany(s => s.Documents));
    }

    [Fact]
    public void Amounts_in_different_currencies_are_not_compared()
    {
        var view = Build(
            Deal,
            "date 2026-03-02\n\nHalvard Shipping agreed on Monday to buy Corran Lines for €3.9 billion, creating the largest ferry operator on the northern coast.",
            DealLater);

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal("the amount in dollars", amount.What);
        Assert.Equal(["$4.2 billion", "$4.1 billion"], amount.Sides.Select(s => s.Claim));
        Assert.DoesNotContain("a2", amount.Sides.SelectMany(s => s.Documents));
    }

    [Fact]
    public void An_article_that_also_gives_the_other_figure_reports_another_quantity()
    {
        // The third article's largest figure is next year's forecast; this year's, which the fourth gives, it gives too.
        var view = Build(
            Deal,
            DealLater,
            "date 2026-03-02\n\nCorran Lines expects revenue of €3.3 billion next year, up from €3.1 billion this year, it said on Monday.",
            "date 2026-03-02\n\nCorran Lines said its revenue reached €3.1 billion this year as more passengers took its ferries.");

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal("the amount in dollars", amount.What);
    }

    [Fact]
    public void Pounds_of_a_weight_are_not_money()
    {
        var view = Build(
            Deal,
            DealLater,
            "date 2026-03-05\n\nThe new Halvard ferries will each carry 2.4 million pounds of cargo, the shipyard said.",
            "date 2026-03-05\n\nEach of the ferries Halvard Shipping ordered can carry 2.2 million pounds of cargo and 900 passengers.");

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal("the amount in dollars", amount.What);
    }

    [Fact]
    public void A_copy_stands_on_the_side_of_the_article_it_copies()
    {
        var view = Build([Deal, Deal.Replace("date 2026-03-02", "date 2026-03-03", StringComparison.Ordinal), DealLater], copies: ["a2"]);

        var amount = Assert.Single(view.Disagreements, d => d.Slot == "amount");
        Assert.Equal(["$4.2 billion", "$4.1 billion"], amount.Sides.Select(s => s.Claim));
        Assert.Equal(["a1", "a2"], amount.Sides[0].Documents.Order());
        Assert.Equal(["a3"], amount.Sides[1].Documents);
    }

    private static StoryView Build(params string[] texts) => Build(texts, []);

    private static StoryView Build(string[] texts, string[] copies) => StoryViews.Of(texts, copies);
}
