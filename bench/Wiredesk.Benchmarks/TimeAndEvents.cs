using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Time;

namespace Wiredesk.Benchmarks;

/// <summary>
/// The time and event stages over one cleaned news article of about 500 words (one operation = one article):
/// tagging and resolving its time expressions, then finding its events given its canonical entities. Resolving the
/// entities (named-entity recognition included) is measured apart, so that the cost of each stage can be read.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TimeAndEvents
{
    private readonly TemporalTagger _tagger = new();
    private readonly EventExtractor _extractor = new();
    private Document _document = null!;
    private EntityResolver _resolver = null!;
    private EntityMentionIndex _mentions = null!;
    private IReadOnlyList<TimeExpression> _times = [];

    [GlobalSetup]
    public void Setup()
    {
        _document = new ArticleCleaner().Clean(PlainTextParser.Parse("ankara", BenchmarkArticle.Text, "ankara.txt").Articles.Single());
        _resolver = new EntityResolver(NamedEntities.CreateRecognizer());
        _mentions = new EntityMentionIndex(_resolver.Resolve([_document]));
        _times = DocumentTimes.Tag(_tagger, _document);
    }

    [Benchmark]
    public int TagTimes() => DocumentTimes.Tag(_tagger, _document).Count;

    [Benchmark]
    public int ExtractEvents() => _extractor.Extract(_document, _mentions, _times).Count;

    [Benchmark(Baseline = true)]
    public int TimesAndEvents() => _extractor.Extract(_document, _mentions, DocumentTimes.Tag(_tagger, _document)).Count;

    [Benchmark]
    public int EntitiesTimesAndEvents() => _extractor.Extract(_document, new EntityMentionIndex(_resolver.Resolve([_document])), DocumentTimes.Tag(_tagger, _document)).Count;
}
