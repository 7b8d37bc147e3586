using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Eval;

/// <summary>A folder of news-please records (one JSON object per <c>.json</c> file), read and cleaned; the id is the file name.</summary>
internal static class NewsPleaseFolder
{
    public static List<Document> Read(string folder, TextWriter problems)
    {
        var cleaner = new ArticleCleaner();
        var documents = new List<Document>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var result = JsonLinesParser.Parse(id, File.ReadAllText(path), path);
            foreach (var problem in result.Problems)
            {
                problems.WriteLine($"{problem.Origin}: {problem.Message}");
            }

            if (result.Articles.Count == 1)
            {
                documents.Add(cleaner.Clean(result.Articles[0] with { Id = id }));
            }
        }

        return documents;
    }

    /// <summary>Publication order: the instant (or the day) published, undated last; ties by id.</summary>
    public static List<Document> InPublicationOrder(IEnumerable<Document> documents) =>
        documents
            .OrderBy(d => d.PublishedAt ?? (d.Published is { } day ? new DateTimeOffset(day, TimeOnly.MinValue, TimeSpan.Zero) : DateTimeOffset.MaxValue))
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
}
