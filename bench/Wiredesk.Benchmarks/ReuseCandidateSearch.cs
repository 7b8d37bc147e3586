using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Benchmarks;

/// <summary>
/// <see cref="InMemoryReuseIndex.FindCandidates"/> for the next 200 articles of a generated stream (about one in five a
/// copy of an indexed one) against an index of 100,000 generated articles; one operation is one query. The same
/// queries against an index of 1,000 articles are the baseline.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReuseCandidateSearch
{
    private const int Indexed = 100_000;
    private const int Queries = 200;
    private readonly ReuseOptions _options = ReuseOptions.Default;
    private InMemoryReuseIndex _small = null!;
    private InMemoryReuseIndex _large = null!;
    private ReuseSignature[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        var news = new SyntheticNews(11);
        _small = new InMemoryReuseIndex(_options);
        _large = new InMemoryReuseIndex(_options);
        foreach (var article in news.Articles(Indexed))
        {
            var signature = ReuseSigner.Sign(ReuseTokenizer.Tokenize(article.Document), _options);
            _large.Add(article.Document.Id, signature);
            if (article.Index >= Indexed - 1_000)
            {
                _small.Add(article.Document.Id, signature);
            }
        }

        _queries = Enumerable.Range(Indexed, Queries)
            .Select(n => ReuseSigner.Sign(ReuseTokenizer.Tokenize(news.Article(n).Document), _options))
            .ToArray();
        Console.WriteLine($"// index: {_large.Count:N0} articles, {_large.IndexBytes / (double)_large.Count:N0} B/article");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int FindIn1000() => Find(_small);

    [Benchmark(OperationsPerInvoke = Queries)]
    public int FindIn100000() => Find(_large);

    private int Find(InMemoryReuseIndex index)
    {
        var found = 0;
        foreach (var query in _queries)
        {
            found += index.FindCandidates(query).Count;
        }

        return found;
    }
}
