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

    /// <summary>The clusterer's model probability that the two articles report the same event (no time gap assumed).</summary>
    public double Score(ArticleProfile a, ArticleProfile b)
    {
        var (words, names, titles) = Components(a, b);
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
