using System.Text;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Storage.Contract.Support;

/// <summary>Small, realistic documents for store tests, with every span computed from the text they point into.</summary>
internal static class Some
{
    /// <summary>
    /// A wire story with a title, a reading-time line, a dateline, body paragraphs, a heading, an embedded post and a caption,
    /// and every optional field set. Different <paramref name="topic"/>s give different content (and content hashes).
    /// </summary>
    public static Document Article(string id = "antalya-talks", string topic = "air defence for Ukraine", DateOnly? published = null)
    {
        var text = new TextBuilder();
        var title = text.Add(ParagraphKind.Title, $"NATO ministers meet in Antalya over {topic}");
        text.Add(ParagraphKind.Boilerplate, "3 minute read", "reading-time");
        var lead = text.Add(ParagraphKind.Body, $"ANTALYA, May 14 (Reuters) – NATO foreign ministers gathered on Wednesday to discuss {topic}, officials said.");
        text.Add(ParagraphKind.Body, $"Secretary General Mark Rutte told reporters that allies would keep talking about {topic} until the summit in The Hague.");
        text.Add(ParagraphKind.Heading, "What comes next");
        var postWords = "We agreed today to step up our support.";
        var embed = text.Add(ParagraphKind.Embed, $"{postWords} — Mark Rutte (@SecGenNATO) May 14, 2025");
        var embedded = new EmbeddedPost(new TextSpan(embed.Span.Start, postWords.Length), "Mark Rutte", "@SecGenNATO", new DateOnly(2025, 5, 14), "https://x.com/SecGenNATO/status/1");
        text.Replace(embed, embed with { Embed = embedded });
        text.Add(ParagraphKind.Caption, "Foreign ministers pose for a family photo in Antalya, on May 14, 2025.");

        var datelineSpan = new TextSpan(lead.Span.Start, "ANTALYA".Length);
        var dateSpan = new TextSpan(lead.Span.Start + "ANTALYA, ".Length, "May 14".Length);
        return new Document
        {
            Id = id,
            ContentHash = ContentHash.Of(text.Text),
            Format = InputFormat.Html,
            Text = text.Text,
            Origin = $"samples/{id}.html",
            Url = $"https://example.com/world/{id}",
            Source = "Reuters",
            Author = "Jane Doe; Ali Yılmaz",
            Language = "en",
            Title = title.Span.Of(text.Text),
            TitleSpan = title.Span,
            Dateline = "ANTALYA",
            DatelineSpan = datelineSpan,
            Published = published ?? new DateOnly(2025, 5, 14),
            PublishedAt = new DateTimeOffset(2025, 5, 14, 9, 30, 15, 123, TimeSpan.FromHours(3)),
            PublishedFrom = PublishedFrom.Dateline,
            PublishedSpan = dateSpan,
            Paragraphs = text.Paragraphs,
        };
    }

    /// <summary>A plain-text document with only the required fields: one body paragraph, no title, no date.</summary>
    public static Document Bare(string id = "bare", string body = "Parliament met briefly on Thursday and adjourned without a vote.") => new()
    {
        Id = id,
        ContentHash = ContentHash.Of(body),
        Format = InputFormat.Text,
        Text = body,
        Paragraphs = [new Paragraph(ParagraphKind.Body, new TextSpan(0, body.Length))],
    };

    /// <summary>Builds a text paragraph by paragraph, one line each, keeping each paragraph's span.</summary>
    private sealed class TextBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Paragraph> _paragraphs = [];

        public string Text => _text.ToString();

        public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

        public Paragraph Add(ParagraphKind kind, string line, string? rule = null)
        {
            if (_text.Length > 0)
            {
                _text.Append('\n');
            }

            var paragraph = new Paragraph(kind, new TextSpan(_text.Length, line.Length), rule);
            _text.Append(line);
            _paragraphs.Add(paragraph);
            return paragraph;
        }

        public void Replace(Paragraph old, Paragraph replacement) => _paragraphs[_paragraphs.IndexOf(old)] = replacement;
    }
}
