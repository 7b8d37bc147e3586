using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Benchmarks;

/// <summary>
/// <see cref="ReuseComparer.Compare"/> on generated pairs: a lightly edited copy, a shortened rewrite and a copy with
/// extra paragraphs, each with its source. Two unrelated articles (anchors found, none shared) are the baseline.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PassageAlignment
{
    private readonly ReuseComparer _comparer = new(ReuseOptions.Default);
    private readonly Dictionary<string, (Document A, ReuseToken[] TA, Document B, ReuseToken[] TB)> _pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        var news = new SyntheticNews(13);
        var articles = news.Articles(500).ToList();
        foreach (var edit in new[] { SyntheticEdit.Light, SyntheticEdit.Shortened, SyntheticEdit.Extended })
        {
            var copy = articles.First(a => a.Edit == edit);
            _pairs[edit.ToString()] = Pair(copy.Document, articles[copy.SourceIndex!.Value].Document);
        }

        var originals = articles.Where(a => a.Edit == SyntheticEdit.None).ToList();
        _pairs["Unrelated"] = Pair(originals[0].Document, originals[1].Document);
    }

    [Benchmark(Baseline = true)]
    public ReuseRelation? Unrelated() => Compare("Unrelated");

    [Benchmark]
    public ReuseRelation? LightCopy() => Compare("Light");

    [Benchmark]
    public ReuseRelation? ShortenedRewrite() => Compare("Shortened");

    [Benchmark]
    public ReuseRelation? ExtendedCopy() => Compare("Extended");

    private static (Document, ReuseToken[], Document, ReuseToken[]) Pair(Document a, Document b) =>
        (a, ReuseTokenizer.Tokenize(a), b, ReuseTokenizer.Tokenize(b));

    private ReuseRelation? Compare(string name)
    {
        var (a, ta, b, tb) = _pairs[name];
        return _comparer.Compare(a, ta, b, tb);
    }
}
