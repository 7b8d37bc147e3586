using System.Globalization;
using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Stories;

namespace Wiredesk.Benchmarks;

/// <summary>
/// The story stage on a generated event stream: profiling one article (the baseline), and placing one article with
/// <see cref="OnlineStoryClusterer.Add"/> into a clusterer that already holds 20,000 articles and keeps growing as the
/// benchmark runs. One operation is one article.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StoryClustering
{
    private const int Warm = 20_000;
    private const int Batch = 200;
    private const int Pool = 20_000;
    private readonly SyntheticStories _stream = new(3);
    private OnlineStoryClusterer _clusterer = null!;
    private ArticleProfile[] _pool = [];
    private Core.Documents.Document[] _documents = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _clusterer = new OnlineStoryClusterer();
        foreach (var (document, _) in _stream.Articles(Warm))
        {
            _clusterer.Add(ArticleProfiler.Profile(document), null);
        }

        _documents = Enumerable.Range(Warm, Batch).Select(i => _stream.Article(i).Document).ToArray();
        _pool = Enumerable.Range(Warm, Pool).Select(i => ArticleProfiler.Profile(_stream.Article(i).Document)).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int Profile()
    {
        var words = 0;
        foreach (var document in _documents)
        {
            words += ArticleProfiler.Profile(document).Words.Count;
        }

        return words;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Place()
    {
        var started = 0;
        for (var i = 0; i < Batch; i++)
        {
            var round = _next / Pool;
            var profile = _pool[_next % Pool];
            _next++;
            var unique = round == 0 ? profile : profile with { Id = profile.Id + "-" + round.ToString(CultureInfo.InvariantCulture) };
            started += _clusterer.Add(unique, null).Started ? 1 : 0;
        }

        return started;
    }
}
