using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Stories;

/// <summary>The sentences of an article's content (title, body, captions, embedded posts), in order.</summary>
public static class StorySentences
{
    /// <summary>Every content sentence of <paramref name="document"/>, with its paragraph's kind.</summary>
    public static IReadOnlyList<(TextSpan Span, ParagraphKind Kind)> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new List<(TextSpan, ParagraphKind)>();
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Kind is ParagraphKind.Boilerplate or ParagraphKind.Dateline or ParagraphKind.Heading)
            {
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(document.Text, paragraph.Span))
            {
                sentences.Add((sentence, paragraph.Kind));
            }
        }

        return sentences;
    }
}
