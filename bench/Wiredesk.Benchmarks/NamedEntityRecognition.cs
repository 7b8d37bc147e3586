using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Text;

namespace Wiredesk.Benchmarks;

/// <summary>
/// Named-entity recognition of one news article of about 500 words (one operation = one article): splitting into
/// sentences and tokens alone is the baseline, so tagging costs the difference.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NamedEntityRecognition
{
    private NamedEntityRecognizer _recognizer = null!;
    private string _text = "";
    private TextSpan[] _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = NamedEntityRecognizer.CreateDefault();
        _text = BenchmarkArticle.Text;
        var paragraphs = new List<TextSpan>();
        var start = 0;
        foreach (var part in _text.Split("\n\n"))
        {
            paragraphs.Add(new TextSpan(start, part.Length));
            start += part.Length + 2;
        }

        _paragraphs = [.. paragraphs];
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var paragraph in _paragraphs)
        {
            foreach (var sentence in NerTokenizer.Split(_text, paragraph))
            {
                tokens += sentence.Tokens.Length;
            }
        }

        return tokens;
    }

    [Benchmark]
    public int Recognize()
    {
        var mentions = 0;
        foreach (var paragraph in _paragraphs)
        {
            mentions += _recognizer.Recognize(_text, paragraph).Count;
        }

        return mentions;
    }
}
