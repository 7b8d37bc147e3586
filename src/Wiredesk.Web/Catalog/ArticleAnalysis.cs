using Wiredesk.Core.Analysis;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Quotes;
using Wiredesk.Core.Report;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;
using Wiredesk.Core.Time;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Catalog;

/// <summary>
/// The analysers the API runs on demand (story reports, one article's quotes, entities and times). They are not safe
/// for concurrent use and the entity model is costly to load, so there is one set, used by one request at a time.
/// </summary>
internal sealed class ArticleAnalysis : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StoryReporter _reporter = new();
    private readonly QuoteExtractor _quotes = new();
    private readonly TemporalTagger _tagger = new();
    private readonly Lazy<EntityResolver> _resolver = new(() => new EntityResolver(NamedEntities.CreateRecognizer()));
    private readonly Dictionary<string, (string Signature, StoryReport Report)> _reports = new(StringComparer.Ordinal);

    /// <summary>How many story reports are kept; a report is reused while its story's members stay the same.</summary>
    private const int CachedReports = 256;

    public async Task<StoryReport> ReportAsync(IArticleStore store, Story story, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var signature = StorySnapshot.SignatureOf(story);
            if (_reports.TryGetValue(story.Id, out var cached) && cached.Signature == signature)
            {
                return cached.Report;
            }

            var report = await _reporter.ReportAsync(store, story, cancellationToken).ConfigureAwait(false);
            if (_reports.Count >= CachedReports)
            {
                _reports.Clear();
            }

            _reports[story.Id] = (signature, report);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A story's entities alone (from a whole report already made, else resolved on their own).</summary>
    public async Task<IReadOnlyList<EntityReport>> EntitiesAsync(IArticleStore store, Story story, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _reports.TryGetValue(story.Id, out var cached) && cached.Signature == StorySnapshot.SignatureOf(story)
                ? cached.Report.Entities
                : await _reporter.EntitiesAsync(store, story, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<(IReadOnlyList<ArticleQuote> Quotes, IReadOnlyList<EntityReport> Entities, IReadOnlyList<TimeReport> Times)> AnalyzeAsync(Document document, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var quotes = _quotes.Extract(document)
                .Select(q => new ArticleQuote(q.Content.Start, q.Content.Length, q.Content.Of(document.Text), q.Speaker, q.Kind.ToString().ToLowerInvariant(), q.SpeakerMention?.Start, q.SpeakerMention?.Length))
                .ToList();
            var entities = _resolver.Value.Resolve([document]).Select(ReportBuilder.ToReport).ToList();
            var times = DocumentTimes.Tag(_tagger, document)
                .Select(t => new TimeReport(document.Id, t.Span.Start, t.Span.Length, t.Text, t.Type.ToString().ToLowerInvariant(), t.Value, t.EndValue))
                .ToList();
            return (quotes, entities, times);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
