using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Reliability.Tests.Support;

/// <summary>What every reader's and stage's output must satisfy, whatever the input: spans inside their text, problems that name their input.</summary>
internal static class Invariants
{
    /// <summary>Every article is whole and every problem says where and what.</summary>
    public static void Hold(ReadResult result, string origin)
    {
        foreach (var problem in result.Problems)
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), "a problem without a message");
            Assert.StartsWith(origin, problem.Origin, StringComparison.Ordinal);
        }

        foreach (var article in result.Articles)
        {
            Assert.False(string.IsNullOrEmpty(article.Id), "an article without an id");
            Assert.Equal(64, article.ContentHash.Length);
            foreach (var block in article.Blocks ?? [])
            {
                Fits(block.Span, article.Text, "block");
            }
        }
    }

    /// <summary>Every span of a cleaned document lies inside its text.</summary>
    public static void Hold(Document document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            Fits(paragraph.Span, document.Text, "paragraph");
            if (paragraph.Embed is { } embed)
            {
                Fits(embed.PostSpan, document.Text, "embedded post");
            }
        }

        Fits(document.TitleSpan, document.Text, "title");
        Fits(document.DatelineSpan, document.Text, "dateline");
        Fits(document.PublishedSpan, document.Text, "publication date");
    }

    public static void Fits(TextSpan? span, string text, string what)
    {
        if (span is { } s)
        {
            Assert.True(s.FitsIn(text.Length), $"the {what} span {s} is outside a text of {text.Length} characters");
        }
    }
}
