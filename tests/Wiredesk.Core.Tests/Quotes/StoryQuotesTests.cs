using Wiredesk.Core.Documents;
using Wiredesk.Core.Quotes;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Quotes;

public sealed class StoryQuotesTests
{
    private static Document Article(string id, string body) => Clean.Text($"date 2026-03-04\nHarbour reopens\n\n{body}", id);

    private static IReadOnlyList<StoryQuote> Group(IReadOnlySet<string> copies, params Document[] documents)
    {
        var extractor = new QuoteExtractor();
        return StoryQuotes.Group(documents.Select(d => (d, extractor.Extract(d))).ToList(), [], id => id[..1], copies);
    }

    [Fact]
    public void The_same_words_in_two_outlets_with_other_quote_marks_are_one_quotation()
    {
        var quotes = Group(
            new HashSet<string>(),
            Article("a1", "\"We will reopen the harbour by Friday at the latest,\" said Lena Markovic, the port chief."),
            Article("b1", "Port chief Lena Markovic said: “We will reopen the harbor by Friday at the latest.”"));

        Assert.True(quotes.Count == 1, string.Join(" | ", quotes.Select(q => $"{q.Speaker}: {q.Text} [{string.Join(",", q.Documents)}]")));
        var quote = quotes[0];
        Assert.Equal(["a1", "b1"], quote.Documents);
        Assert.Equal(2, quote.Outlets);
        Assert.Equal(2, quote.IndependentOutlets);
        Assert.Equal("Lena Markovic", quote.Speaker);
    }

    [Fact]
    public void A_copy_carrying_a_quotation_does_not_add_an_independent_outlet()
    {
        var quotes = Group(
            new HashSet<string> { "b1" },
            Article("a1", "\"We will reopen the harbour by Friday at the latest,\" said Lena Markovic."),
            Article("b1", "\"We will reopen the harbour by Friday at the latest,\" said Lena Markovic."));

        var quote = Assert.Single(quotes);
        Assert.Equal(2, quote.Outlets);
        Assert.Equal(1, quote.IndependentOutlets);
    }

    [Fact]
    public void The_same_words_from_different_speakers_stay_apart()
    {
        var quotes = Group(
            new HashSet<string>(),
            Article("a1", "\"The strike will go on until the pilots are hired,\" said Tomas Reyvel."),
            Article("b1", "\"The strike will go on until the pilots are hired,\" said Anka Lorne."));

        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void A_quotation_in_two_parts_reads_without_the_attribution_between_them()
    {
        var quotes = Group(
            new HashSet<string>(),
            Article("a1", "“The channel was closed for an hour,” said port chief Lena Markovic. “Nobody was hurt on board.”"));

        var quote = Assert.Single(quotes);
        Assert.Equal("The channel was closed for an hour … Nobody was hurt on board.", quote.Text);
    }

    [Fact]
    public void A_company_named_short_and_in_full_is_one_speaker()
    {
        Document[] documents =
        [
            Article("a1", "Halvard Shipping said on Monday it had agreed to buy its rival Corran Lines for $4.2 billion in cash."),
            Article("b1", "Halvard said it expected savings of $300 million a year within three years of the Corran Lines purchase."),
        ];
        var extractor = new QuoteExtractor();
        var entities = new Wiredesk.Core.Entities.EntityResolver(Wiredesk.Core.Entities.NamedEntities.CreateRecognizer()).Resolve(documents);

        var quotes = StoryQuotes.Group(documents.Select(d => (d, extractor.Extract(d))).ToList(), entities, id => id[..1], new HashSet<string>());

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Halvard Shipping", q.Speaker));
        Assert.Single(quotes.Select(q => q.SpeakerId).Distinct());
        Assert.NotNull(quotes[0].SpeakerId);
    }
}

