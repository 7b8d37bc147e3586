using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Reuse;

/// <summary>Crafted pairs: what an editor would call a copy, a partial copy, a shared quotation, or no reuse.</summary>
public sealed class ReuseComparerTests
{
    private const string Wire = """
        date 2026-03-03
        Ferry and container ship collide at Portheaven harbor entrance

        PORTHEAVEN

        A passenger ferry carrying 212 people collided with a container ship at the entrance to Portheaven's inner harbor on Tuesday morning, injuring 17 people and closing Caldoria's busiest port for most of the day.

        The ferry Serin Bay, operated by Brisk Line, struck the port side of the Kestrel Dawn shortly after 7:40 a.m. as both vessels approached the narrow channel in thick fog, the Portheaven Port Authority said.

        "Visibility was under 300 meters when the two vessels met in the channel, and we are looking very closely at the radio traffic in the minutes before," Port Authority chief Lena Markovic told Harbor Wire.

        Four of the injured were taken to St. Aldric Hospital with serious injuries, according to the Civil Defense Agency, which coordinated the rescue with fishing boats from the harbor.

        The dockworkers' union blamed a shortage of harbor pilots, saying the port had operated with nine pilots instead of fifteen since last summer and that ships were waiting hours for guidance.
        """;

    private const string Brief = """
        date 2026-03-03
        Ferry crash closes Portheaven port

        A passenger ferry carrying 212 people collided with a container ship at the entrance to Portheaven's inner harbor on Tuesday morning, injuring 17 people and closing Caldoria's busiest port for most of the day.

        The dockworkers' union blamed a shortage of harbor pilots, saying the port had operated with nine pilots instead of fifteen since last summer.
        """;

    private readonly ReuseComparer _comparer = new(ReuseOptions.Default);

    [Fact]
    public void Identical_articles_are_duplicates()
    {
        var relation = Compare(Wire, Wire.Replace("date 2026-03-03", "date 2026-03-04", StringComparison.Ordinal));

        Assert.Equal(ReuseKind.Duplicate, relation!.Kind);
        Assert.Equal((1.0, 1.0), (relation.ContainmentA, relation.ContainmentB));
        Assert.Equal("a", relation.Source);
    }

    [Fact]
    public void Whitespace_quote_style_and_spelling_changes_are_still_duplicates()
    {
        var edited = Wire
            .Replace("\"Visibility", "“Visibility", StringComparison.Ordinal)
            .Replace("before,\"", "before,”", StringComparison.Ordinal)
            .Replace("harbor", "harbour", StringComparison.Ordinal)
            .Replace("meters", "metres", StringComparison.Ordinal)
            .Replace("Defense", "Defence", StringComparison.Ordinal)
            .Replace("  ", " ", StringComparison.Ordinal)
            .Replace(". ", ".  ", StringComparison.Ordinal)
            .Replace("fifteen", "15", StringComparison.Ordinal);

        var relation = Compare(Wire, edited);

        Assert.Equal(ReuseKind.Duplicate, relation!.Kind);
        Assert.True(relation.ContainmentA > 0.97, relation.ContainmentA.ToString());
    }

    [Fact]
    public void A_reworded_attribution_and_an_inserted_paragraph_leave_a_partial_copy_with_its_passages()
    {
        var edited = Wire
            .Replace("told Harbor Wire", "said on Tuesday", StringComparison.Ordinal)
            .Replace("Four of the injured", "Rescue crews worked through the morning in heavy fog and cold rain, pulling passengers from the water and ferrying them to waiting ambulances on the quay, witnesses told the Lakeside Courier.\n\nFour of the injured", StringComparison.Ordinal)
            + "\n\nCommuters from Lindholm said the Brisk Line service had been late and crowded for weeks, and the town council asked the minister to visit the district before the end of the month to hear their complaints.";

        var relation = Compare(Wire, edited);

        Assert.Equal(ReuseKind.Partial, relation!.Kind);
        Assert.True(relation.ContainmentA > 0.9, relation.ContainmentA.ToString());
        Assert.InRange(relation.ContainmentB, 0.5, 0.85);
        Assert.Contains(relation.Passages, p => p.A.Of(Wire).Contains("collided with a container ship", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shortened_rewrite_is_contained_in_its_source()
    {
        var relation = Compare(Wire, Brief);

        Assert.Equal(ReuseKind.Partial, relation!.Kind);
        Assert.True(relation.ContainmentB > 0.9, relation.ContainmentB.ToString());
        Assert.True(relation.ContainmentA < 0.5, relation.ContainmentA.ToString());
        Assert.Equal(2, relation.Passages.Count);
    }

    [Fact]
    public void Without_dates_the_short_text_another_carries_whole_is_its_source()
    {
        var relation = Compare(Undated(Wire), Undated(Brief));

        Assert.Equal("b", relation!.Source);
    }

    [Fact]
    public void Dates_decide_the_source_before_containment()
    {
        var relation = Compare(Wire.Replace("date 2026-03-03", "date 2026-03-02", StringComparison.Ordinal), Brief);

        Assert.Equal("a", relation!.Source);
    }

    [Fact]
    public void Near_duplicates_published_the_same_day_have_no_source()
    {
        var relation = Compare(Wire, Wire.Replace("told Harbor Wire", "said on Tuesday", StringComparison.Ordinal));

        Assert.Equal(ReuseKind.Duplicate, relation!.Kind);
        Assert.Null(relation.Source);
    }

    [Fact]
    public void Articles_that_share_only_a_passage_have_no_source_without_dates()
    {
        var own = "Ferry inquiry opens at Portheaven\n\n" + Undated(Wire).Split("\n\n")[2] + "\n\nInvestigators from the maritime safety board arrived in the afternoon and sealed the bridge of the ferry, taking the voyage recorder to their laboratory in the capital for analysis over the coming weeks.\n\nThe harbor reopened to small craft at dusk, though container traffic stayed suspended while divers inspected the damaged quay wall for cracks.";

        var relation = Compare(Undated(Wire), own);

        Assert.Equal(ReuseKind.Partial, relation!.Kind);
        Assert.True(relation.ContainmentB < 0.8, relation.ContainmentB.ToString());
        Assert.Null(relation.Source);
    }

    [Fact]
    public void Two_outlets_quoting_the_same_words_share_a_quotation_not_a_copy()
    {
        var one = """
            Markovic faced reporters at the harbor control tower on Tuesday evening after a long day of rescue work.

            "Visibility was under 300 meters when the two vessels met in the channel, and we are looking very closely at the radio traffic in the minutes before," she said.

            The Lakeside district's ferry link stays closed until further notice, the operator said.
            """;
        var other = """
            The port chief spoke in a calm voice as the evening light faded over the closed container terminal.

            “Visibility was under 300 meters when the two vessels met in the channel, and we are looking very closely at the radio traffic in the minutes before,” Markovic told the Northgate Post.

            Northgate's traders said a week of closure would empty their shelves.
            """;

        var relation = Compare(one, other);

        Assert.Equal(ReuseKind.Quotation, relation!.Kind);
        Assert.All(relation.Passages, p => Assert.True(p.IsQuotation));
    }

    [Fact]
    public void Unrelated_articles_on_the_same_event_share_nothing()
    {
        var own = """
            Portheaven's harbor stayed quiet on Wednesday as investigators boarded the damaged Serin Bay to copy its radar logs.

            Brisk Line, which runs the Lindholm route, said replacement buses would carry commuters around the lake until the ferry is repaired.

            Local shopkeepers near the quay said trade had halved since the collision, and several closed early.
            """;

        Assert.Null(Compare(Wire, own));
    }

    [Fact]
    public void Passage_spans_point_at_the_shared_text_in_both_articles()
    {
        var edited = Wire.Replace("told Harbor Wire", "said on Tuesday", StringComparison.Ordinal);
        var relation = Compare(Wire, edited)!;

        foreach (var passage in relation.Passages)
        {
            var a = passage.A.Of(Wire);
            var b = passage.B.Of(edited);
            Assert.Equal(a.Split(' ')[0], b.Split(' ')[0]);
            Assert.Equal(a[^5..], b[^5..]);
        }
    }

    private static string Undated(string text) => text.Replace("date 2026-03-03\n", "", StringComparison.Ordinal);

    private ReuseRelation? Compare(string a, string b)
    {
        var first = Clean.Text(a, "a");
        var second = Clean.Text(b, "b");
        return _comparer.Compare(first, ReuseTokenizer.Tokenize(first), second, ReuseTokenizer.Tokenize(second));
    }
}
