using Wiredesk.Core.Documents;
using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Tests.Stories;

public sealed class ClustererSnapshotTests
{
    private const int StreamLength = 3000;

    /// <summary>
    /// The generated stream an hour apart (125 days in all), so that stories retire and doze as the stream goes on; every
    /// 40th article is marked a copy of the one before it.
    /// </summary>
    private static readonly List<(ArticleProfile Profile, string? CopyOf)> Stream = [.. new SyntheticStories(seed: 11).Articles(StreamLength)
        .Select((a, i) => (Document: a.Document with { PublishedAt = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i) }, Index: i))
        .Select(a => (ArticleProfiler.Profile(a.Document), a.Index % 40 == 39 ? "story" + (a.Index - 1).ToString("D8", System.Globalization.CultureInfo.InvariantCulture) : null))];

    private static string Describe(StoryAssignment a) =>
        $"{a.DocumentId} {a.StoryId} {a.Started} {a.Score} {a.CopyOf} [{string.Join(' ', a.Merged)}]";

    private static string Describe(Story s) =>
        $"{s.Id} {s.Title} {s.First:O} {s.Last:O} {s.SourceCount} {s.IndependentSources} [{string.Join(' ', s.Documents)}] [{string.Join(' ', s.Sources)}] [{string.Join(' ', s.Copies)}]";

    private static List<string> PlaceRest(OnlineStoryClusterer clusterer, int from) =>
        [.. Stream.Skip(from).Select(a => Describe(clusterer.Add(a.Profile, a.CopyOf)))];

    [Theory]
    [InlineData(700)]
    [InlineData(1500)]
    [InlineData(2300)]
    public void A_clusterer_read_back_from_its_snapshot_places_the_rest_of_the_stream_as_the_one_saved(int savedAfter)
    {
        var original = new OnlineStoryClusterer();
        foreach (var (profile, copyOf) in Stream.Take(savedAfter))
        {
            original.Add(profile, copyOf);
        }

        var snapshot = original.ToSnapshot();
        var restored = OnlineStoryClusterer.FromSnapshot(snapshot, StoryOptions.Default);

        Assert.Equal(snapshot, restored.ToSnapshot());
        Assert.Equal(original.PlacedCount, restored.PlacedCount);
        Assert.Equal(original.StoryCount, restored.StoryCount);
        Assert.Equal(PlaceRest(original, savedAfter), PlaceRest(restored, savedAfter));
        Assert.Equal(original.Stories().Select(Describe), restored.Stories().Select(Describe));
    }

    [Fact]
    public void The_stream_exercises_what_a_snapshot_must_carry()
    {
        var clusterer = new OnlineStoryClusterer();
        var assignments = Stream.Select(a => clusterer.Add(a.Profile, a.CopyOf)).ToList();

        // Merged stories, copies and (the stream spanning months) stories that left the index all reach the snapshot.
        Assert.Contains(assignments, a => a.Merged.Count > 0);
        Assert.Contains(assignments, a => a.CopyOf is not null);
        Assert.True(clusterer.Resting.Retired > 0, "no story retired");
        Assert.True(clusterer.Resting.Dozing > 0, $"no story dozing ({clusterer.Resting})");
        Assert.True(clusterer.StoryCount > 100);
        Assert.True(clusterer.ToSnapshot().Length > 10_000);
    }

    [Fact]
    public void Damaged_bytes_are_refused_with_a_clear_error()
    {
        var clusterer = new OnlineStoryClusterer();
        foreach (var (profile, copyOf) in Stream.Take(200))
        {
            clusterer.Add(profile, copyOf);
        }

        var snapshot = clusterer.ToSnapshot();

        var truncated = Assert.Throws<InvalidDataException>(() => OnlineStoryClusterer.FromSnapshot(snapshot[..(snapshot.Length / 2)], StoryOptions.Default));
        Assert.Contains("snapshot", truncated.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => OnlineStoryClusterer.FromSnapshot([1, 2, 3, 4, 5, 6, 7, 8], StoryOptions.Default));
        Assert.Throws<InvalidDataException>(() => OnlineStoryClusterer.FromSnapshot([], StoryOptions.Default));
    }
}
