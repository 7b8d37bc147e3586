using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Quotes;

namespace Wiredesk.Benchmarks;

/// <summary>
/// Quotation extraction over one cleaned article of about 500 words with twelve quotations of every kind (trailing,
/// leading, inverted, multi-paragraph, pronoun and role speakers, reported speech). Articles per second = 1 / mean.
/// Finding the people alone is the baseline.
/// </summary>
[MemoryDiagnoser]
public class QuoteExtraction
{
    private const string Article = """
        Harbour deal sealed after a long night in Nordby

        NORDBY, March 3 – Port authority chief Jonas Vik and Finance Minister Greta Olsen signed the agreement on the new container quay early on Tuesday, ending three months of talks with the fishermen's union.

        "This is the biggest investment the town has seen in forty years," Vik said after the signing. "It will bring work to the harbour for a generation."

        Olsen said the state would pay for half of the dredging and that the rest would come from a bond sold to local savers.

        The union had threatened to block the harbour entrance. Its leader, Hugh Hill, a trawler captain, said: "We were never against the quay. We were against being left out of the room."

        "Now we have a seat at the table," he added, "and we intend to keep it."

        According to the port's own figures, traffic through Nordby has fallen by a third since 2015, while the neighbouring port of Sandvik has doubled its volume.

        "We simply could not stand still," said Olsen, who grew up in the town. "Sandvik did not wait for us, and the ships will not wait either.

        "If we had said no this winter, the money would have gone elsewhere."

        Not everyone is convinced. Ida Strand, an economist at the regional bank, warned that the bond could leave the town exposed if interest rates rise.

        "The numbers work on paper," Strand told the local radio on Wednesday. "Paper is patient. Creditors are not."

        The minister dismissed the concern. "The bond is small compared with the town's budget," the minister said, adding that the state guarantee covered the first ten years.

        Construction is due to start in May. The first ships could berth at the new quay in the autumn of next year, Vik said, if the weather allows the dredgers to work through the winter.

        Local shop owners were hopeful. "Every ship means crews in town, and crews buy coffee," sighed Karl Berg, who runs a café by the old pier. "We have waited long enough."

        Hill said his members would vote on the deal on Friday. He expected a large majority in favour, he said, but warned that the vote was "not a formality."

        "People remember the last promises," he said. "They want to see the cranes before they cheer."

        Vik was more upbeat. Asked whether the timetable was realistic, the port chief replied: "It is tight, but it is ours. We wrote it, and we will keep it."
        """;

    private readonly QuoteExtractor _extractor = new();
    private readonly CapitalisedPersonFinder _finder = new();
    private readonly INamedEntityRecognizer _recognizer = NamedEntities.CreateRecognizer();
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = new ArticleCleaner().Clean(PlainTextParser.Parse("harbour", Article, "harbour.txt").Articles.Single());
        var words = Article.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Console.WriteLine($"// {words} words, {_extractor.Extract(_document).Count} quotations");
    }

    [Benchmark(Baseline = true)]
    public int FindPeople()
    {
        var people = 0;
        foreach (var paragraph in _document.Paragraphs)
        {
            people += _finder.Find(_document.Text, paragraph.Span).Count;
        }

        return people;
    }

    [Benchmark]
    public int ExtractQuotations() => _extractor.Extract(_document).Count;

    /// <summary>Named-entity recognition of every paragraph and the quotations of the same article: the two stages the issue times together.</summary>
    [Benchmark]
    public int RecognizeEntitiesAndExtractQuotations()
    {
        var mentions = 0;
        foreach (var paragraph in _document.Paragraphs)
        {
            mentions += _recognizer.Recognize(_document.Text, paragraph.Span).Count;
        }

        return mentions + _extractor.Extract(_document).Count;
    }
}
