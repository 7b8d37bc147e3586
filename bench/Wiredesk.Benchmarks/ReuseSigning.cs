using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Benchmarks;

/// <summary>
/// Tokenizing and signing generated articles (about 540 words each); one operation is one article. Tokenizing alone
/// is the baseline, so signing costs the difference.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReuseSigning
{
    private const int Articles = 200;
    private readonly ReuseOptions _options = ReuseOptions.Default;
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = new SyntheticNews(7).Articles(Articles).Select(a => a.Document).ToArray();

    [Benchmark(Baseline = true, OperationsPerInvoke = Articles)]
    public int Tokenize()
    {
        var words = 0;
        foreach (var document in _documents)
        {
            words += ReuseTokenizer.Tokenize(document).Length;
        }

        return words;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int TokenizeAndSign()
    {
        var fingerprints = 0;
        foreach (var document in _documents)
        {
            fingerprints += ReuseSigner.Sign(ReuseTokenizer.Tokenize(document), _options).Fingerprints.Length;
        }

        return fingerprints;
    }
}
