namespace Wiredesk.Core.Stories;

/// <summary>What the join decision looks at, for an article against a story or a story against another.</summary>
internal static class StoryFeatures
{
    /// <summary>The features, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["wordCosine", "nameCosine", "titleCosine", "wordTimesName", "lookupShare"];

    public static double[] Of(ArticleVectors article, StoryState story, double lookupShare)
    {
        var words = Unit(article.Words.Dot(story.Words), story.Norms.Words);
        var names = Unit(article.Names.Dot(story.Names), story.Norms.Names);
        var titles = Unit(article.TitleWords.Dot(story.TitleWords), story.Norms.Titles);
        return [words, names, titles, words * names, lookupShare];
    }

    public static double[] Of(StoryState a, StoryState b)
    {
        var words = SparseVector.Cosine(a.Words, b.Words);
        var names = SparseVector.Cosine(a.Names, b.Names);
        var titles = SparseVector.Cosine(a.TitleWords, b.TitleWords);
        return [words, names, titles, words * names, SharedTop(a.Words, b.Words, 16)];
    }

    /// <summary>The share of the heavier terms of <paramref name="a"/> that are among those of <paramref name="b"/>: a story's
    /// counterpart of an article's lookup share.</summary>
    private static double SharedTop(Dictionary<int, double> a, Dictionary<int, double> b, int count)
    {
        var top = b.OrderByDescending(t => t.Value).ThenBy(t => t.Key).Take(count).Select(t => t.Key).ToHashSet();
        var mine = a.OrderByDescending(t => t.Value).ThenBy(t => t.Key).Take(count).ToList();
        return mine.Count == 0 ? 0 : mine.Count(t => top.Contains(t.Key)) / (double)mine.Count;
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
