using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Time;

/// <summary>
/// The time expressions of a whole article: its title, headings, body, captions and embedded posts, each resolved
/// against the date it was written on (an embedded post's own date, else the article's publication date).
/// </summary>
public static class DocumentTimes
{
    /// <summary>Tags every paragraph of <paramref name="document"/> that carries content, in text order.</summary>
    public static IReadOnlyList<TimeExpression> Tag(ITemporalTagger tagger, Document document)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<TimeExpression>();
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Kind is ParagraphKind.Boilerplate or ParagraphKind.Dateline)
            {
                continue;
            }

            found.AddRange(tagger.Tag(document.Text, paragraph.Span, paragraph.Embed?.Date ?? document.Published));
        }

        return found;
    }
}
