using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Tests.Support;

/// <summary>
/// A generated stream of short articles about invented events (the first paragraphs of <see cref="SyntheticStories"/>),
/// about one in five a copy of an article up to 300 before it, republished by another outlet whole or without its last
/// paragraph: stories and text reuse both to find, and cheap enough for ten thousand articles on a small machine.
/// </summary>
internal static class ClusterStream
{
    public static List<Document> Articles(int count, int seed = 11, int paragraphs = 2)
    {
        var stories = new SyntheticStories(seed);
        var random = new Random(seed);
        var articles = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            var (article, _) = stories.Article(i);
            var own = Shorten(article, paragraphs);
            if (i >= 20 && random.Next(5) == 0)
            {
                var source = articles[i - 1 - random.Next(Math.Min(i, 300))];
                var id = "copy" + i.ToString("D8", CultureInfo.InvariantCulture);
                var copy = random.Next(2) == 0 || source.Paragraphs.Count < 3 ? source : Shorten(source, source.Paragraphs.Count - 2);
                articles.Add(copy with { Id = id, ContentHash = id, Source = own.Source, Published = own.Published, PublishedAt = own.PublishedAt });
            }
            else
            {
                articles.Add(own);
            }
        }

        return articles;
    }

    // The title and the first body paragraphs; the text ends where the last kept paragraph does.
    private static Document Shorten(Document document, int bodyParagraphs)
    {
        var kept = new List<Paragraph>();
        var body = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Body && body++ == bodyParagraphs)
            {
                break;
            }

            kept.Add(paragraph);
        }

        return document with { Text = document.Text[..kept[^1].Span.End], Paragraphs = kept };
    }
}
