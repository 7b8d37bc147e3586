namespace Wiredesk.Core.Stories;

/// <summary>What the join decision looks at, for an article against a story or a story against another.</summary>
internal static class StoryFeatures
{
    /// <summary>The features, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["wordCosine", "nameCosine", "titleCosine", "wordTimesName", "lookupShare", "topicCosine"];

    /// <summary>Where the topic cosine is among the features.</summary>
    public const int Topic = 5;

    public static double[] Of(ArticleVectors article, StoryState story, double lookupShare)
    {
        var words = Unit(article.Words.Dot(story.Words), story.Norms.Words);
        var names = Unit(article.Names.Dot(story.Names), story.Norms.Names);
        var titles = Unit(article.TitleWords.Dot(story.TitleWords), story.Norms.Titles);
        return [words, names, titles, words * names, lookupShare, TopicCosine(article, story)];
    }

    public static double[] Of(StoryState a, StoryState b)
    {
        // The stories' norms are kept current with their vectors, so they need not be summed again.
        var words = Unit(SparseVector.Dot(a.Words, b.Words), a.Norms.Words * b.Norms.Words);
        var names = Unit(SparseVector.Dot(a.Names, b.Names), a.Norms.Names * b.Norms.Names);
        var titles = Unit(SparseVector.Dot(a.TitleWords, b.TitleWords), a.Norms.Titles * b.Norms.Titles);
        return [words, names, titles, words * names, SharedTop(a.Words, b.Words, 16), TopicCosine(a, b)];
    }

    /// <summary>
    /// The cosine of the article's words that are not among its names with the story's words: what is said, apart from
    /// who and where. Two meetings of the same people on different matters share names but little of this.
    /// </summary>
    public static double TopicCosine(ArticleVectors article, StoryState story) =>
        Unit(article.Topic.Dot(story.Words), story.Norms.Words);

    /// <summary>The story counterpart of <see cref="TopicCosine(ArticleVectors, StoryState)"/>: the words of
    /// <paramref name="a"/> that are not among its names, against the words of <paramref name="b"/>.</summary>
    public static double TopicCosine(StoryState a, StoryState b)
    {
        if (b.Norms.Words == 0)
        {
            return 0;
        }

        var (dot, length) = (0.0, 0.0);
        foreach (var (term, weight) in a.Words)
        {
            if (a.Names.ContainsKey(term))
            {
                continue;
            }

            length += weight * weight;
            if (b.Words.TryGetValue(term, out var theirs))
            {
                dot += weight * theirs;
            }
        }

        return length == 0 ? 0 : dot / (Math.Sqrt(length) * b.Norms.Words);
    }

    /// <summary>The share of the heavier terms of <paramref name="a"/> that are among those of <paramref name="b"/>: a story's
    /// counterpart of an article's lookup share.</summary>
    private static double SharedTop(Dictionary<int, double> a, Dictionary<int, double> b, int count)
    {
        var top = SparseVector.Heaviest(b, count);
        var mine = SparseVector.Heaviest(a, count);
        if (mine.Length == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var term in mine)
        {
            if (Array.IndexOf(top, term) >= 0)
            {
                shared++;
            }
        }

        return shared / (double)mine.Length;
    }

    /// <summary>
    /// What the time between an article and a story leaves of the model's probability: nothing lost within the grace
    /// days, then halved every <see cref="StoryOptions.HalfLifeDays"/>. Fixed, not learned: an article months later
    /// about the same topic is news of its own.
    /// </summary>
    public static double Decay(double gapDays, StoryOptions options) =>
        Math.Pow(0.5, Math.Max(0, gapDays - options.GapGraceDays) / options.HalfLifeDays);

    private static double Unit(double dot, double norm) => norm == 0 ? 0 : dot / norm;
}
