using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Stories;

/// <summary>
/// The sentences of an article's content (title, body, captions, embedded posts), in order. A "sentence" longer than
/// <see cref="MaxLength"/> characters is not one a person wrote (a table, a list run together, junk) and is left out.
/// </summary>
public static class StorySentences
{
    /// <summary>The longest sentence read, in characters.</summary>
    public const int MaxLength = 2000;

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
                if (sentence.Length <= MaxLength)
                {
                    sentences.Add((sentence, paragraph.Kind));
                }
            }
        }

        return sentences;
    }
}
