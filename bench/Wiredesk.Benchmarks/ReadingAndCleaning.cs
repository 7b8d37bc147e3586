using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Benchmarks;

/// <summary>
/// Reading and cleaning the bundled samples (text, HTML, RSS, Atom, JSON Lines): one operation reads every sample file,
/// so articles per second = articles per operation / mean time. Decoding alone is the baseline.
/// </summary>
[MemoryDiagnoser]
public class ReadingAndCleaning
{
    private readonly ArticleCleaner _cleaner = new();
    private IReadOnlyList<(string Name, byte[] Bytes)> _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SampleInputs.Load();
        Console.WriteLine($"// inputs: {SampleInputs.Describe(_inputs)}, {Read()} articles per operation");
    }

    [Benchmark(Baseline = true)]
    public int Decode()
    {
        var characters = 0;
        foreach (var (name, bytes) in _inputs)
        {
            characters += TextDecoder.Decode(bytes, name).Text?.Length ?? 0;
        }

        return characters;
    }

    [Benchmark]
    public int Read()
    {
        var articles = 0;
        foreach (var (name, bytes) in _inputs)
        {
            articles += ReadOne(name, bytes).Articles.Count;
        }

        return articles;
    }

    [Benchmark]
    public int ReadAndClean()
    {
        var paragraphs = 0;
        foreach (var (name, bytes) in _inputs)
        {
            foreach (var article in ReadOne(name, bytes).Articles)
            {
                paragraphs += _cleaner.Clean(article).Paragraphs.Count;
            }
        }

        return paragraphs;
    }

    private static ReadResult ReadOne(string name, byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes, name).Text!;
        return ArticleReader.Read(Path.GetFileNameWithoutExtension(name), text, FormatDetector.Detect(Path.GetExtension(name), text), name);
    }
}
