using Wiredesk.Core.Documents;
using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Tests.Stories;

public sealed class OnlineStoryClustererTests
{
    private static Dictionary<string, string> Cluster(IEnumerable<Document> documents, IReadOnlyDictionary<string, string>? copies = null)
    {
        var clusterer = new OnlineStoryClusterer();
        var placed = new List<string>();
        foreach (var document in documents)
        {
            clusterer.Add(ArticleProfiler.Profile(document), copies?.GetValueOrDefault(document.Id));
            placed.Add(document.Id);
        }

        return placed.ToDictionary(id => id, id => clusterer.StoryOf(id)!);
    }

    /// <summary>Places the documents in order and returns the last one's assignment.</summary>
    private static StoryAssignment Place(IEnumerable<Document> documents, StoryOptions options)
    {
        var clusterer = new OnlineStoryClusterer(options);
        return documents.Select(d => clusterer.Add(ArticleProfiler.Profile(d), null)).ToList()[^1];
    }

    private static IEnumerable<Document> Background() =>
        [StoryFixtures.QuakeKeloria(), StoryFixtures.TalksMarch()];

    [Fact]
    public void Same_event_in_different_words_joins_one_story()
    {
        var stories = Cluster([.. Background(), StoryFixtures.FerryHarbourPost(), StoryFixtures.FerryValleySignal()]);

        Assert.Equal(stories["ferry-post"], stories["ferry-signal"]);
    }

    [Fact]
    public void Two_earthquakes_in_different_places_are_two_stories()
    {
        var stories = Cluster([StoryFixtures.TalksMarch(), StoryFixtures.QuakeKeloria(), StoryFixtures.QuakeSarnia()]);

        Assert.NotEqual(stories["quake-keloria"], stories["quake-sarnia"]);
    }

    [Fact]
    public void Two_meetings_of_the_same_people_weeks_apart_are_two_stories()
    {
        var stories = Cluster([StoryFixtures.QuakeKeloria(), StoryFixtures.TalksMarch(), StoryFixtures.TalksMay()]);

        Assert.NotEqual(stories["talks-march"], stories["talks-may"]);
    }

    [Theory]
    [InlineData("a second storm on the same coast a month later, its headline naming it", true)]
    [InlineData("a second storm on the same coast a month later, its headline naming it", false)]
    [InlineData("the same ministers meeting again weeks later, the headline naming the new place", true)]
    [InlineData("the same ministers meeting again weeks later, the headline naming the new place", false)]
    [InlineData("the same ministers meeting again weeks later, the headline saying so", true)]
    [InlineData("the same ministers meeting again weeks later, the headline saying so", false)]
    public void A_new_occurrence_among_the_same_places_and_people_is_a_story_of_its_own(string occurrence, bool checkOn)
    {
        var (first, second, options) = NewOccurrence(occurrence, checkOn);

        var placed = Place([.. Background(), first, second], options);

        // Without its check the subject rule lifts the decay, and the new occurrence joins the earlier one's story.
        Assert.Equal(checkOn, placed.Started);
    }

    private static (Document First, Document Second, StoryOptions Options) NewOccurrence(string occurrence, bool checkOn) => occurrence switch
    {
        "a second storm on the same coast a month later, its headline naming it" =>
            (StoryFixtures.StormTova(), StoryFixtures.StormHelka(), StoryOptions.Default with { SubjectRefusesNewHeadlineNames = checkOn }),
        "the same ministers meeting again weeks later, the headline naming the new place" =>
            (StoryFixtures.QuotaTalksArdmoor(), StoryFixtures.QuotaTalksKerrow(), StoryOptions.Default with { SubjectRefusesNewHeadlineNames = checkOn, SubjectRefusesRepeats = false }),
        _ => (StoryFixtures.QuotaTalksArdmoor(), StoryFixtures.QuotaTalksAgain(), StoryOptions.Default with { SubjectRefusesRepeats = checkOn }),
    };

    [Fact]
    public void A_follow_up_on_the_same_named_subject_months_later_joins_its_story()
    {
        var stories = Cluster([.. Background(), StoryFixtures.FerryHarbourPost(), StoryFixtures.FerryInquiry("2026-10-14")]);

        Assert.Equal(stories["ferry-post"], stories["ferry-inquiry"]);
    }

    [Fact]
    public void A_follow_up_the_model_is_not_sure_of_gets_no_waiver_for_the_months_between()
    {
        Document[] documents = [.. Background(), StoryFixtures.FerryHarbourPost(), StoryFixtures.FerryInquiry("2026-10-14")];
        var sure = Place(documents, StoryOptions.Default);
        // The reported score is rounded to 4 places: one step of that above it is above the model's probability.
        var stricter = Place(documents, StoryOptions.Default with { SubjectProbability = sure.Score + 0.0001 });

        Assert.False(sure.Started);
        Assert.True(stricter.Started);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(0, false)]
    public void A_name_the_headline_holds_finds_the_story_when_the_body_is_full_of_rarer_names(int titleNames, bool joins)
    {
        var options = StoryOptions.Default with { LookupTitleNames = titleNames };
        Document[] background = [.. Background(), StoryFixtures.FerryHarbourPost(), StoryFixtures.QuakeSarnia(), StoryFixtures.TalksMay(), StoryFixtures.FerryKeldmouth("2026-05-02")];
        var last = Place([.. background, StoryFixtures.LedgerLeak(), StoryFixtures.LedgerGovernors()], options);

        Assert.Equal(joins, !last.Started);
    }

    [Theory]
    [InlineData("2026-10-16")] // months later
    [InlineData("2026-03-06")] // days later
    public void A_similar_topic_is_a_story_of_its_own_days_or_months_later(string date)
    {
        var stories = Cluster([.. Background(), StoryFixtures.FerryHarbourPost(), StoryFixtures.FerryKeldmouth(date)]);

        Assert.NotEqual(stories["ferry-post"], stories["ferry-keldmouth"]);
    }

    [Fact]
    public void The_same_subject_years_later_starts_a_new_story()
    {
        var late = StoryFixtures.FerryValleySignal() with { Published = new DateOnly(2029, 3, 3), PublishedAt = null };

        var stories = Cluster([.. Background(), StoryFixtures.FerryHarbourPost(), late]);

        Assert.NotEqual(stories["ferry-post"], stories["ferry-signal"]);
    }

    [Fact]
    public void A_story_the_stream_left_behind_still_takes_a_follow_up_on_its_subject_but_not_a_similar_topic()
    {
        var clusterer = new OnlineStoryClusterer();
        var old = StoryFixtures.FerryHarbourPost() with { Published = new DateOnly(2024, 9, 1), PublishedAt = null };
        clusterer.Add(ArticleProfiler.Profile(old), null);
        foreach (var (document, _) in new SyntheticStories(9).Articles(1100))
        {
            clusterer.Add(ArticleProfiler.Profile(document), null);
        }

        var similar = clusterer.Add(ArticleProfiler.Profile(StoryFixtures.FerryKeldmouth("2025-01-02")), null);
        var followUp = clusterer.Add(ArticleProfiler.Profile(StoryFixtures.FerryInquiry("2025-01-02")), null);

        Assert.True(similar.Started);
        Assert.False(followUp.Started);
        Assert.Equal(clusterer.StoryOf("ferry-post"), followUp.StoryId);
    }

    [Fact]
    public void Order_within_a_time_window_does_not_change_the_grouping()
    {
        Document[] documents = [StoryFixtures.QuakeKeloria(), StoryFixtures.TalksMarch(), StoryFixtures.FerryHarbourPost(), StoryFixtures.FerryValleySignal(), StoryFixtures.QuakeSarnia()];
        var forward = Partition(Cluster(documents));
        var backward = Partition(Cluster(documents.Reverse()));
        var shuffled = Partition(Cluster([documents[2], documents[0], documents[4], documents[3], documents[1]]));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(0, 2, 1)]
    [InlineData(1, 0, 2)]
    [InlineData(1, 2, 0)]
    [InlineData(2, 0, 1)]
    [InlineData(2, 1, 0)]
    public void Two_lone_reports_of_one_event_in_different_words_meet_in_one_story_in_any_order(int first, int second, int third)
    {
        Document[] reports = [StoryFixtures.LaunchOfficial(), StoryFixtures.LaunchCondemned(), StoryFixtures.LaunchBothSides()];

        var stories = Cluster([.. Background(), reports[first], reports[second], reports[third]]);

        Assert.Single(reports.Select(r => stories[r.Id]).Distinct());
    }

    [Fact]
    public void A_lone_report_is_placed_again_when_an_article_bridges_it_to_a_story()
    {
        // The launching state's words and its neighbours' share no name; each starts a story. The third report, in
        // both words, joins one and nearly joins the other: the lone report merges at the join level.
        Document[] stream = [.. Background(), StoryFixtures.LaunchOfficial(), StoryFixtures.LaunchCondemned(), StoryFixtures.LaunchBothSides()];

        var placed = Place(stream, StoryOptions.Default);
        var strict = Place(stream, StoryOptions.Default with { SmallStoryMembers = 0 });

        Assert.Single(placed.Merged);
        Assert.Empty(strict.Merged);
    }

    [Fact]
    public void The_same_input_in_the_same_order_gives_the_same_story_ids()
    {
        Document[] documents = [.. Background(), StoryFixtures.FerryHarbourPost(), StoryFixtures.FerryValleySignal()];

        Assert.Equal(Cluster(documents), Cluster(documents));
    }

    [Fact]
    public void Story_ids_stay_the_same_when_more_articles_arrive()
    {
        var clusterer = new OnlineStoryClusterer();
        clusterer.Add(ArticleProfiler.Profile(StoryFixtures.FerryHarbourPost()), null);
        clusterer.Add(ArticleProfiler.Profile(StoryFixtures.QuakeKeloria()), null);
        var ferry = clusterer.StoryOf("ferry-post");
        var quake = clusterer.StoryOf("quake-keloria");

        clusterer.Add(ArticleProfiler.Profile(StoryFixtures.FerryValleySignal()), null);
        clusterer.Add(ArticleProfiler.Profile(StoryFixtures.TalksMarch()), null);

        Assert.Equal(ferry, clusterer.StoryOf("ferry-post"));
        Assert.Equal(ferry, clusterer.StoryOf("ferry-signal"));
        Assert.Equal(quake, clusterer.StoryOf("quake-keloria"));
    }

    [Fact]
    public void A_copy_joins_its_source_story_and_counts_once_among_independent_sources()
    {
        var source = StoryFixtures.FerryHarbourPost();
        var copy = source with { Id = "ferry-copy", Source = "Coast Daily" };
        var clusterer = new OnlineStoryClusterer();
        clusterer.Add(ArticleProfiler.Profile(StoryFixtures.QuakeKeloria()), null);
        clusterer.Add(ArticleProfiler.Profile(source), null);
        var assignment = clusterer.Add(ArticleProfiler.Profile(copy), "ferry-post");
        clusterer.Add(ArticleProfiler.Profile(StoryFixtures.FerryValleySignal()), null);

        var story = clusterer.Stories().Single(s => s.Documents.Contains("ferry-post"));
        Assert.Equal("ferry-post", assignment.CopyOf);
        Assert.Equal(["ferry-post", "ferry-copy", "ferry-signal"], story.Documents);
        Assert.Equal(["Coast Daily", "Harbour Post", "Valley Signal"], story.Sources);
        Assert.Equal(3, story.SourceCount);
        Assert.Equal(2, story.IndependentSources);
        Assert.Equal(["ferry-copy"], story.Copies);
    }

    [Fact]
    public void A_story_record_spans_its_first_and_last_article_and_has_a_member_headline()
    {
        var clusterer = new OnlineStoryClusterer();
        var later = StoryFixtures.FerryValleySignal() with { Published = new DateOnly(2026, 3, 4) };
        clusterer.Add(ArticleProfiler.Profile(StoryFixtures.FerryHarbourPost()), null);
        clusterer.Add(ArticleProfiler.Profile(later), null);

        var story = Assert.Single(clusterer.Stories());
        Assert.Equal(new DateOnly(2026, 3, 3), DateOnly.FromDateTime(story.First!.Value.UtcDateTime));
        Assert.Equal(new DateOnly(2026, 3, 4), DateOnly.FromDateTime(story.Last!.Value.UtcDateTime));
        Assert.Contains(story.Title, new[] { StoryFixtures.FerryHarbourPost().Title, later.Title });
        Assert.StartsWith("s-", story.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Restoring_placements_rebuilds_the_same_stories_and_later_articles_land_the_same()
    {
        Document[] first = [StoryFixtures.QuakeKeloria(), StoryFixtures.FerryHarbourPost(), StoryFixtures.TalksMarch()];
        var original = new OnlineStoryClusterer();
        foreach (var document in first)
        {
            original.Add(ArticleProfiler.Profile(document), null);
        }

        var restored = new OnlineStoryClusterer();
        foreach (var document in first)
        {
            restored.Restore(ArticleProfiler.Profile(document), original.StoryOf(document.Id)!, null);
        }

        var next = ArticleProfiler.Profile(StoryFixtures.FerryValleySignal());
        Assert.Equal(original.Add(next, null).StoryId, restored.Add(next, null).StoryId);
    }

    [Fact]
    public void A_stream_of_many_events_on_shared_vocabulary_does_not_collapse_into_a_giant_story()
    {
        var stream = new SyntheticStories(5);
        var clusterer = new OnlineStoryClusterer();
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (document, eventId) in stream.Articles(1500))
        {
            clusterer.Add(ArticleProfiler.Profile(document), null);
            events[document.Id] = eventId;
        }

        var stories = clusterer.Stories();
        var largestEvent = events.Values.GroupBy(e => e).Max(g => g.Count());
        Assert.True(stories.Max(s => s.Documents.Count) <= 3 * largestEvent, $"largest story {stories.Max(s => s.Documents.Count)}, largest event {largestEvent}");
        var pure = stories.Sum(s => s.Documents.GroupBy(d => events[d]).Max(g => g.Count()));
        Assert.True(pure >= 0.8 * events.Count, $"only {pure} of {events.Count} articles sit with the majority event of their story");
        Assert.True(stories.Count >= events.Values.Distinct().Count() / 2, $"{stories.Count} stories for {events.Values.Distinct().Count()} events");
    }

    [Fact]
    public void A_story_left_behind_by_the_stream_is_retired_but_keeps_its_headline_and_members()
    {
        var clusterer = new OnlineStoryClusterer();
        // More than StoryOptions.SubjectDays before the stream: past even a follow-up on its subject.
        var old = StoryFixtures.FerryHarbourPost() with { Published = new DateOnly(2022, 1, 1), PublishedAt = null };
        clusterer.Add(ArticleProfiler.Profile(old), null);
        foreach (var (document, _) in new SyntheticStories(9).Articles(1100))
        {
            clusterer.Add(ArticleProfiler.Profile(document), null);
        }

        var late = StoryFixtures.FerryValleySignal() with { Published = new DateOnly(2022, 1, 1), PublishedAt = null };
        var assignment = clusterer.Add(ArticleProfiler.Profile(late), null);

        var copy = clusterer.Add(ArticleProfiler.Profile(old with { Id = "ferry-copy", Source = "Coast Daily" }), "ferry-post");
        var again = clusterer.Add(ArticleProfiler.Profile(StoryFixtures.FerryInquiry("2022-01-02")), null);

        Assert.True(assignment.Started);
        var retired = clusterer.Stories().Single(s => s.Documents.Contains("ferry-post"));
        Assert.Equal(old.Title, retired.Title);
        Assert.Equal(["ferry-post", "ferry-copy"], retired.Documents);
        Assert.Equal(retired.Id, copy.StoryId);
        Assert.NotEqual(retired.Id, again.StoryId);
    }

    private static string Partition(Dictionary<string, string> stories) =>
        string.Join(" | ", stories.GroupBy(p => p.Value).Select(g => string.Join(",", g.Select(p => p.Key).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
}
