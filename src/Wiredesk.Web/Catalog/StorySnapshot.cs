using Wiredesk.Core.Report;
using Wiredesk.Core.Stories;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Catalog;

/// <summary>The stored stories at one version of the store, newest first, with the lookups the API filters by.</summary>
internal sealed class StorySnapshot
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySource = new(StringComparer.OrdinalIgnoreCase);

    public StorySnapshot(long version, IReadOnlyList<Story> stories)
    {
        Version = version;
        Stories = stories;
        Summaries = stories.Select(Summarise).ToList();
        for (var i = 0; i < stories.Count; i++)
        {
            _byId[stories[i].Id] = i;
            foreach (var document in stories[i].Documents)
            {
                Add(_byDocument, document, i);
            }

            foreach (var source in stories[i].Sources)
            {
                Add(_bySource, source, i);
            }
        }
    }

    public long Version { get; }

    public IReadOnlyList<Story> Stories { get; }

    public IReadOnlyList<StoryListItem> Summaries { get; }

    public Story? Find(string id) => _byId.TryGetValue(id, out var index) ? Stories[index] : null;

    public IReadOnlyList<StoryLink> StoriesOf(string documentId) =>
        _byDocument.TryGetValue(documentId, out var indexes) ? indexes.Select(i => new StoryLink(Stories[i].Id, Stories[i].Title)).ToList() : [];

    /// <summary>Positions (newest first) of the stories carried by <paramref name="source"/>.</summary>
    public IReadOnlyList<int> WithSource(string source) => _bySource.TryGetValue(source, out var indexes) ? indexes : [];

    /// <summary>What identifies a story's content: its members and copies. The same signature gives the same report.</summary>
    public static string SignatureOf(Story story) =>
        string.Join('\n', story.Documents) + "\n|" + string.Join('\n', story.Copies);

    private static StoryListItem Summarise(Story story)
    {
        var report = ReportBuilder.ToReport(story);
        return new StoryListItem(story.Id, story.Title, report.First, report.Last, story.Sources, story.SourceCount, story.IndependentSources, story.Documents.Count, story.Copies.Count);
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }
}
