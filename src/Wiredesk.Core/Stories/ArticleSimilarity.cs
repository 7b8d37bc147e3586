namespace Wiredesk.Core.Stories;

/// <summary>
/// How alike two articles are, in the story stage's terms: the cosines of their word, name and title vectors, weighed
/// with document frequencies over the articles it has been shown. Count every article first, then compare.
/// </summary>
public sealed class ArticleSimilarity(StoryOptions? options = null)
{
    private readonly StoryOptions _options = options ?? StoryOptions.Default;
    private readonly TermTable _terms = new();

    /// <summary>Counts <paramref name="article"/>'s words into the document frequencies.</summary>
    public void Count(ArticleProfile article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _terms.Add((IReadOnlyCollection<string>)article.Words.Keys);
    }

    /// <summary>The three cosines between <paramref name="a"/> and <paramref name="b"/>: words, names, titles (0–1 each).</summary>
    public (double Words, double Names, double Titles) Components(ArticleProfile a, ArticleProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (
            SparseVector.Cosine(Vector(a.Words), Vector(b.Words)),
            SparseVector.Cosine(Vector(a.Names), Vector(b.Names)),
            SparseVector.Cosine(Vector(a.TitleWords.ToDictionary(w => w, _ => 1, StringComparer.Ordinal)), Vector(b.TitleWords.ToDictionary(w => w, _ => 1, StringComparer.Ordinal))));
    }

    /// <summary>
    /// The clusterer's model probability that the two articles report the same event (no time gap assumed), taken both
    /// ways (each article as the one joining a story of the other: the topic cosine is one-sided) and the larger kept. On
    /// the SemEval-2022 train pairs the larger of the two correlates better than either one way or their mean
    /// (docs/stories.md).
    /// </summary>
    public double Score(ArticleProfile a, ArticleProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (words, names, titles) = Components(a, b);
        return Math.Max(Joining(a, b, words, names, titles), Joining(b, a, words, names, titles));
    }

    // The model for article a joining a story made of b alone; the cosines are the same both ways, the topic is not.
    private double Joining(ArticleProfile a, ArticleProfile b, double words, double names, double titles)
    {
        var topic = SparseVector.Cosine(Vector(a.Words.Where(w => !a.Names.ContainsKey(w.Key)).ToDictionary(StringComparer.Ordinal)), Vector(b.Words));
        return _options.Model.Probability([words, names, titles, words * names, 1, topic]);
    }

    private Dictionary<int, double> Vector(IReadOnlyDictionary<string, int> counts)
    {
        var vector = new Dictionary<int, double>();
        foreach (var (term, count) in counts)
        {
            if (_terms.IdOf(term) is var id and >= 0)
            {
                vector[id] = (1 + Math.Log(count)) * _terms.Idf(id);
            }
        }

        return vector;
    }
}
