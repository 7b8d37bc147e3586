using Wiredesk.Core.Documents;
using Wiredesk.Core.Events;
using Wiredesk.Core.Time;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Quotes;
using Wiredesk.Core.Report;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Analysis;

/// <summary>
/// The story view: a story's documents read from the store and resolved into canonical entities and quotations,
/// as the report's story object. One reporter loads the entity model once; it is not safe for concurrent use.
/// </summary>
public sealed class StoryReporter
{
    private readonly QuoteExtractor _quotes = new();
    private readonly TemporalTagger _tagger = new();
    private readonly EventExtractor _events = new();
    private readonly Lazy<EntityResolver> _resolver = new(() => new EntityResolver(NamedEntities.CreateRecognizer()));

    /// <summary>The report of one story.</summary>
    public async Task<StoryReport> ReportAsync(IArticleStore store, Story story, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync(store, story, cancellationToken).ConfigureAwait(false);
        var entities = _resolver.Value.Resolve(documents);
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        string? OutletOf(string id) => byId.TryGetValue(id, out var document) ? ArticleProfiler.SourceOf(document) : null;
        var copies = story.Copies.ToHashSet(StringComparer.Ordinal);
        var quotes = StoryQuotes.Group(documents.Select(d => (d, _quotes.Extract(d))).ToList(), entities, OutletOf, copies);
        var view = StoryView.Build(documents, entities, OutletOf, copies, _tagger, _events);
        return ReportBuilder.WithView(
            ReportBuilder.ToReport(story) with
            {
                Entities = entities.Select(ReportBuilder.ToReport).ToList(),
                Quotes = quotes.Select(ReportBuilder.ToReport).ToList(),
            },
            view);
    }

    /// <summary>
    /// The canonical entities of one story alone, as its report gives them, without quotations, events or the rest of
    /// the view (for indexes that need only who and what a story names).
    /// </summary>
    public async Task<IReadOnlyList<EntityReport>> EntitiesAsync(IArticleStore store, Story story, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync(store, story, cancellationToken).ConfigureAwait(false);
        return _resolver.Value.Resolve(documents).Select(ReportBuilder.ToReport).ToList();
    }

    private static async Task<List<Document>> DocumentsAsync(IArticleStore store, Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(story);
        var documents = new List<Document>(story.Documents.Count);
        foreach (var id in story.Documents)
        {
            if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>The reports of several stories, in the order given.</summary>
    public async Task<IReadOnlyList<StoryReport>> ReportAsync(IArticleStore store, IEnumerable<Story> stories, CancellationToken cancellationToken)
    {
        var reports = new List<StoryReport>();
        foreach (var story in stories)
        {
            reports.Add(await ReportAsync(store, story, cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }
}
