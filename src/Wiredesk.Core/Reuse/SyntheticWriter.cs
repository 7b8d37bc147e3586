using System.Globalization;
using System.Text;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Reuse;

/// <summary>Writes invented sentences and paragraphs, and renders them as a <see cref="Document"/>.</summary>
internal sealed class SyntheticWriter(SyntheticVocabulary vocabulary)
{
    private static readonly string[][] StockSentences =
    [
        ["the", "company", "did", "not", "immediately", "respond", "to", "a", "request", "for", "comment"],
        ["it", "was", "not", "immediately", "clear", "how", "many", "people", "were", "affected"],
        ["officials", "said", "the", "investigation", "was", "continuing"],
        ["this", "is", "a", "developing", "story", "and", "will", "be", "updated"],
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public SyntheticSentence Sentence(Random random)
    {
        if (random.Next(25) == 0)
        {
            return new SyntheticSentence(StockSentences[random.Next(StockSentences.Length)], null);
        }

        var length = 8 + random.Next(21);
        var words = new string[length];
        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(40);
            words[i] = roll switch
            {
                0 => vocabulary.Names[random.Next(vocabulary.Names.Length)],
                1 => random.Next(2, 5000).ToString(CultureInfo.InvariantCulture),
                2 => Days[random.Next(Days.Length)],
                _ => vocabulary.Word(random),
            };
        }

        var speaker = random.Next(6) == 0 ? vocabulary.Names[random.Next(vocabulary.Names.Length)] : null;
        return new SyntheticSentence(words, speaker);
    }

    public List<SyntheticSentence> Paragraph(Random random)
    {
        var count = 1 + random.Next(4);
        var sentences = new List<SyntheticSentence>(count);
        for (var s = 0; s < count; s++)
        {
            sentences.Add(Sentence(random));
        }

        return sentences;
    }

    /// <summary>Paragraphs until the article holds between 300 and 700 words.</summary>
    public List<List<SyntheticSentence>> Article(Random random)
    {
        var target = 300 + random.Next(401);
        var paragraphs = new List<List<SyntheticSentence>>();
        var words = 0;
        while (words < target)
        {
            var paragraph = Paragraph(random);
            words += paragraph.Sum(s => s.Words.Length);
            paragraphs.Add(paragraph);
        }

        return paragraphs;
    }

    public static Document Render(string id, DateTimeOffset published, string title, List<List<SyntheticSentence>> body, bool curlyQuotes)
    {
        var text = new StringBuilder(body.Count * 200);
        var paragraphs = new List<Paragraph>(body.Count + 1);
        text.Append(title);
        paragraphs.Add(new Paragraph(ParagraphKind.Title, new TextSpan(0, title.Length)));
        foreach (var paragraph in body)
        {
            text.Append("\n\n");
            var start = text.Length;
            for (var s = 0; s < paragraph.Count; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                Append(text, paragraph[s], curlyQuotes);
            }

            paragraphs.Add(new Paragraph(ParagraphKind.Body, TextSpan.FromBounds(start, text.Length)));
        }

        return new Document
        {
            Id = id,
            ContentHash = id,
            Format = InputFormat.Text,
            Text = text.ToString(),
            Title = title,
            TitleSpan = new TextSpan(0, title.Length),
            Published = DateOnly.FromDateTime(published.UtcDateTime),
            PublishedAt = published,
            PublishedFrom = PublishedFrom.Metadata,
            Paragraphs = paragraphs,
        };
    }

    private static void Append(StringBuilder text, SyntheticSentence sentence, bool curlyQuotes)
    {
        if (sentence.Speaker is not null)
        {
            text.Append(curlyQuotes ? '“' : '"');
        }

        text.Append(SyntheticVocabulary.Capital(sentence.Words[0]));
        for (var w = 1; w < sentence.Words.Length; w++)
        {
            text.Append(w == sentence.Words.Length / 2 && sentence.Words.Length > 14 ? ", " : " ");
            text.Append(sentence.Words[w]);
        }

        if (sentence.Speaker is null)
        {
            text.Append('.');
            return;
        }

        text.Append(',').Append(curlyQuotes ? '”' : '"').Append(' ').Append(sentence.Speaker).Append(" said.");
    }
}
