namespace Wiredesk.Core.Stories;

/// <summary>
/// The knobs of the story clusterer. The defaults were chosen on half of the Giveme5W1H development events and checked
/// on the other half (docs/stories.md); none is fitted to one event.
/// </summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>Weight of the cosine between the article's words and the story's.</summary>
    public double WordWeight { get; init; } = 0.5;

    /// <summary>Weight of the cosine between the article's names and the story's.</summary>
    public double NameWeight { get; init; } = 0.3;

    /// <summary>Weight of the cosine between the article's title words and the story's titles.</summary>
    public double TitleWeight { get; init; } = 0.2;

    /// <summary>The score an article needs to join a story it follows within a day.</summary>
    public double JoinThreshold { get; init; } = 0.24;

    /// <summary>How much the needed score rises per doubling of the gap (in weeks) between the article and the story.</summary>
    public double GapPenalty { get; init; } = 0.1;

    /// <summary>The least name cosine an article needs with a story to join it, when both have names: stories about the
    /// same topic but different people or places stay apart.</summary>
    public double MinNameCosine { get; init; }

    /// <summary>Days between an article and a story before the gap starts to raise the needed score.</summary>
    public double GapGraceDays { get; init; } = 3;

    /// <summary>The score two stories' centroids need to be merged into one.</summary>
    public double MergeThreshold { get; init; } = 0.5;

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
