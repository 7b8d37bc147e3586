using Wiredesk.Core.Events;
using Wiredesk.Core.Stories;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Stories;

/// <summary>The story view of short articles written for these tests.</summary>
public sealed class StoryViewTests
{
    private const string Harbour = "date 2024-09-12\n\nA ferry and a cargo ship collided in the harbour of Valletta on Wednesday, and 12 people were injured, the coast guard said. The ferry was carrying 300 passengers to Gozo when the collision happened in thick fog. Port authorities closed the harbour for six hours while divers inspected the hull.";
    private const string Harbour2 = "date 2024-09-12\n\nTwelve people were hurt when a ferry and a cargo ship collided in the harbour of Valletta on Wednesday. Officials said 15 injured passengers were taken to hospital. The ferry was carrying 300 passengers to Gozo when the collision happened in thick fog, port authorities said.";
    private const string Attend = "date 2024-09-12\n\nPrime Minister Elena Vassallo will attend the memorial service in Valletta on Friday, her office said. The service honours the crew of the ferry.";
    private const string Skip = "date 2024-09-13\n\nPrime Minister Elena Vassallo will skip the memorial service in Valletta on Friday and send a minister instead. The service honours the crew of the ferry.";

    [Fact]
    public void Different_counts_from_two_articles_are_a_disagreement()
    {
        var view = Build(Harbour, Harbour2);
        var count = Assert.Single(view.Disagreements, d => d.Slot == "count");
        Assert.Equal(["15 injured", "12 injured"], count.Sides.Select(s => s.Claim));
    }

    [Fact]
    public void Counts_given_by_a_verb_before_them_or_in_words_are_compared()
    {
        var view = Build(
            "date 2026-04-15\n\nA fire tore through the Molvan paint warehouse in Ostera on Wednesday, injuring 14 workers, and officials had to evacuate about 3,000 residents.",
            "date 2026-04-15\n\nTwelve workers were injured when fire swept through the Molvan paint warehouse in Ostera on Wednesday, and 2,500 residents were evacuated.");

        var injured = Assert.Single(view.Disagreements, d => d.What == "how many were injured");
        Assert.Equal(["14 injured", "12 injured"], injured.Sides.Select(s => s.Claim));
        var evacuated = Assert.Single(view.Disagreements, d => d.What == "how many were evacuated");
        Assert.Equal(["3000 evacuated", "2500 evacuated"], evacuated.Sides.Select(s => s.Claim));
    }

    [Fact]
    public void Counts_of_what_happened_are_compared_too()
    {
        var view = Build(
            "date 2026-11-03\n\nLumatek is recalling 310,000 Nova space heaters sold in Estrelia after reports of 14 fires in homes, the company said on Tuesday.",
            "date 2026-11-03\n\nLumatek said on Tuesday it was recalling about 310,000 Nova space heaters sold in Estrelia, after 12 fires linked to a faulty thermostat.");

        var fires = Assert.Single(view.Disagreements, d => d.What == "how many fires");
        Assert.Equal(["14 fires", "12 fires"], fires.Sides.Select(s => s.Claim));
    }

    [Fact]
    public void A_number_of_days_or_hours_beside_a_count_word_is_not_a_count()
    {
        var view = Build(
            "date 2026-04-15\n\nThe two workers injured 3 weeks ago at the Molvan warehouse in Ostera are still in hospital, the company said.",
            "date 2026-04-15\n\nThe two workers hurt at the Molvan warehouse in Ostera were evacuated 5 hours after the fire began, the company said.");

        Assert.DoesNotContain(view.Disagreements, d => d.Slot == "count");
    }

    [Fact]
    public void Attending_in_one_article_and_skipping_in_another_is_a_disagreement()
    {
        var view = Build(Attend, Skip);
        var attendance = Assert.Single(view.Disagreements, d => d.Slot == "attendance");
        Assert.Contains("Elena Vassallo", attendance.What, StringComparison.Ordinal);
        Assert.Equal(["a1"], attendance.Sides[0].Documents);
        Assert.Equal(["a2"], attendance.Sides[1].Documents);
    }

    [Fact]
    public void An_event_goes_with_the_timeline_entry_of_the_sentence_that_reports_it()
    {
        var view = Build("date 2026-09-15\n\nHalvard Shipping chief executive Ingrid Solvang rejected the union's demand for a job guarantee on Tuesday. The Nordic Competition Board said on Tuesday it would open an in-depth review of the takeover of Corran Lines, which can take up to six months.");

        var rejected = Assert.Single(view.Events, e => e.Type == EventType.Reject);
        var entries = view.Timeline.Where(t => t.Events.Contains(rejected.Id)).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, t => Assert.Contains(t.Mentions, m => m.Text.Contains("rejected", StringComparison.Ordinal)));
        Assert.Contains(view.Timeline, t => t.Mentions.Any(m => m.Text.Contains("Competition Board", StringComparison.Ordinal)) && !t.Events.Contains(rejected.Id));
    }

    [Theory]
    [InlineData("Judge Marit Osterhus said the minister had taken bribes from three road builders between 2019 and 2022 in return for contracts.", "2019", "2022")]
    [InlineData("The Kerrow ring road was closed to traffic from March 2024 to June 2024 while the bridge was rebuilt.", "2024-03", "2024-06")]
    public void Two_dates_spoken_as_the_ends_of_one_span_are_one_timeline_entry(string sentence, string from, string to)
    {
        var view = Build($"date 2026-10-02\n\n{sentence}");

        var entry = Assert.Single(view.Timeline);
        Assert.Equal((from, to), (entry.Date, entry.EndDate));
    }

    [Theory]
    [InlineData("The court hearing was postponed from March 2026 to June 2026 because the judge fell ill.")]
    [InlineData("The ring road was closed in 2019 and 2022 for repairs to the bridge over the Kerrow river.")]
    public void Two_dates_that_are_not_one_span_stay_two_timeline_entries(string sentence)
    {
        var view = Build($"date 2026-10-02\n\n{sentence}");

        Assert.Equal(2, view.Timeline.Count);
        Assert.All(view.Timeline, t => Assert.Null(t.EndDate));
    }

    [Fact]
    public void The_same_date_in_two_articles_is_one_timeline_entry_citing_both()
    {
        var view = Build(Harbour, Harbour2);
        var entry = Assert.Single(view.Timeline, t => t.Date == "2024-09-11");
        Assert.Equal(["a1", "a2"], entry.Documents.Order());
        Assert.Equal(2, entry.IndependentOutlets);
    }

    [Fact]
    public void A_summary_sentence_said_by_two_articles_cites_both_and_comes_first()
    {
        var view = Build(Harbour, Harbour2);
        var first = view.Summary[0];
        Assert.Equal(["a1", "a2"], first.Documents.Order());
        Assert.All(view.Summary, s => Assert.Contains(s.Document, s.Documents));
    }

    [Fact]
    public void Two_articles_blaming_different_actors_for_an_attack_are_a_disagreement()
    {
        var view = Build(
            "date 2024-09-12\n\nOfficials in Tbilisi said Armenia attacked Georgia on Tuesday, hitting a border post near the river.",
            "date 2024-09-12\n\nA spokesman for the border guard said Azerbaijan attacked Georgia on Tuesday, and that the post was hit twice.");
        var who = Assert.Single(view.Disagreements, d => d.Slot == "actor");
        Assert.Equal(2, who.Sides.Count);
        Assert.Equal(["a1"], who.Sides.Single(s => s.Claim.StartsWith("Armenia", StringComparison.Ordinal)).Documents);
        Assert.Equal(["a2"], who.Sides.Single(s => s.Claim.StartsWith("Azerbaijan", StringComparison.Ordinal)).Documents);
    }

    [Fact]
    public void A_summary_sentence_that_shares_only_the_story_background_with_another_article_does_not_cite_it()
    {
        // The first two say only what the story is about; the third adds the news that residents are going back.
        var summary = Summarise(
            "date 2026-04-15\n\nThe fire at the Molvan paint warehouse in Ostera forced residents from their homes on Wednesday.",
            "date 2026-04-16\n\nInvestigators are still working out how the fire at the Molvan paint warehouse in Ostera started.",
            "date 2026-04-17\n\nResidents of Ostera began returning to their homes on Friday after inspectors declared the streets around the Molvan paint warehouse safe, and schools will reopen on Monday.");

        var returning = Assert.Single(summary, s => s.Text.StartsWith("Residents of Ostera began returning", StringComparison.Ordinal));
        Assert.Equal(["a3"], returning.Documents);
    }

    [Theory]
    [InlineData( // another person
        "Model Dana Pell was on board the delayed flight to Tokyo and posted about the long wait online.",
        "Activist Rhea Moss was on board the delayed flight to Tokyo and posted about the long wait online.")]
    [InlineData( // other figures
        "The orbiting laboratory Kestrel weighs about 8,500 kilograms and will burn up when it falls back to Earth.",
        "The orbiting laboratory Kestrel weighs about 6,200 kilograms and will burn up when it falls back to Earth.")]
    public void A_summary_sentence_is_not_cited_by_the_same_words_about_another_person_or_with_other_figures(string one, string other)
    {
        var view = Build("date 2026-04-15\n\n" + one, "date 2026-04-15\n\n" + other);

        Assert.All(view.Summary, s => Assert.Equal([s.Document], s.Documents));
    }

    [Fact]
    public void The_tail_of_a_quotation_split_over_sentences_is_not_a_summary_sentence()
    {
        var summary = Summarise(
            "date 2026-04-15\n\nA resident of Ostera said the warehouse had worried her for years. “We called the council three times about the smell. Now they come with fire engines and television cameras at last,” she said.");

        Assert.DoesNotContain(summary, s => s.Text.StartsWith("Now they come", StringComparison.Ordinal));
        Assert.Contains(summary, s => s.Text.StartsWith("A resident of Ostera", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On Monday she agreed to spend 4.2 billion crowns on the rival carrier and its routes to the Baltic ports.")]
    [InlineData("Last year, they promised the harbour board that no crossing to Calder Island would be cut before the summer.")]
    public void A_sentence_whose_subject_is_a_pronoun_behind_an_opening_phrase_is_not_a_summary_sentence(string leaning)
    {
        var summary = Summarise(
            $"date 2026-09-15\n\nThe chief executive of Halvard Shipping, Ingrid Solvang, promised investors three years ago that the carrier would not chase size for its own sake. {leaning}");

        Assert.DoesNotContain(summary, s => s.Text == leaning);
        Assert.Contains(summary, s => s.Text.StartsWith("The chief executive of Halvard Shipping", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_naming_its_subject_after_an_opening_phrase_is_a_summary_sentence()
    {
        const string named = "On Monday the Halvard chief executive Ingrid Solvang agreed to spend 4.2 billion crowns on the rival carrier.";

        var summary = Summarise($"date 2026-09-15\n\n{named}");

        Assert.Contains(summary, s => s.Text == named);
    }

    [Fact]
    public void A_summary_sentence_starts_after_an_opening_dateline()
    {
        var view = Build("date 2024-09-12\n\nVALLETTA (Harbour Wire) - A ferry and a cargo ship collided in the harbour of Valletta on Wednesday, injuring twelve passengers on board.");
        var sentence = Assert.Single(view.Summary);
        Assert.StartsWith("A ferry and a cargo ship collided", sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_adds_no_independent_outlet()
    {
        var view = Build([Harbour, Harbour2], copies: ["a2"]);
        Assert.All(view.Timeline, t => Assert.Equal(1, t.IndependentOutlets));
    }

    private static StoryView Build(params string[] texts) => Build(texts, []);

    /// <summary>Every sentence the summary would choose from, not only its first four.</summary>
    private static IReadOnlyList<SummarySentence> Summarise(params string[] texts) =>
        StorySummary.Build(texts.Select((t, i) => Clean.Text(t, $"a{i + 1}")).ToList(), id => "outlet-" + id, new HashSet<string>(), size: 10);

    private static StoryView Build(string[] texts, string[] copies) => StoryViews.Of(texts, copies);
}
