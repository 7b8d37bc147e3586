namespace Wiredesk.Core.Stories;

/// <summary>
/// The knobs of the story clusterer. The defaults were chosen on half of the Giveme5W1H development events and checked
/// on the other half (docs/stories.md); none is fitted to one event.
/// </summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>
    /// The join decision: a logistic model over <see cref="StoryFeatures"/>. Fitted with <c>eval stories --fit</c> on the
    /// tuning half of the Giveme5W1H development events (docs/stories.md).
    /// </summary>
    public StoryModel Model { get; init; } = new([6.186, 3.86, 7.477, 1.43, 3.639], -4.089);

    /// <summary>The probability from <see cref="Model"/> an article needs to join its best story.</summary>
    public double JoinProbability { get; init; } = 0.7;

    /// <summary>The probability from <see cref="Model"/>, story against story, that merges two stories into one.</summary>
    public double MergeProbability { get; init; } = 0.98;

    /// <summary>Days between an article and a story before the gap starts to lower the join probability.</summary>
    public double GapGraceDays { get; init; } = 3;

    /// <summary>Days past the grace over which the join probability halves.</summary>
    public double HalfLifeDays { get; init; } = 30;

    /// <summary>Words kept in an article's vector (the highest weighted).</summary>
    public int ArticleWords { get; init; } = 80;

    /// <summary>Words kept in a story's centroid.</summary>
    public int StoryWords { get; init; } = 160;

    /// <summary>Words and names of an article used to look up candidate stories.</summary>
    public int LookupTerms { get; init; } = 16;

    /// <summary>Stories remembered per lookup term, most recently updated first: bounds the work per article.</summary>
    public int StoriesPerTerm { get; init; } = 24;

    /// <summary>Candidate stories scored per article, those sharing most lookup terms first.</summary>
    public int MaxCandidates { get; init; } = 16;

    /// <summary>The share of either article in passages shared with an earlier one that makes the later a copy, joining the earlier one's story.</summary>
    public double CopyContainment { get; init; } = 0.5;
}
