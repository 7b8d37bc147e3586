using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// Finds quotations and their speakers in a cleaned document, by hand-written scanning in time linear in the text:
/// quotation marks of every style paired (unbalanced ones end at their paragraph), direct quotations with the
/// attribution after, before, inverted or in the middle, quotes of several paragraphs, reported speech ("X said that
/// …", "according to X") and quoted words inside it. Speakers are resolved to the fullest name the document gives:
/// surnames, pronouns (the subject of the nearest fitting sentence) and roles ("the NATO chief").
/// </summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
    private readonly IPersonFinder _finder;

    /// <summary>Creates an extractor finding people with <paramref name="finder"/> (by default, capitalised names and titles).</summary>
    public QuoteExtractor(IPersonFinder? finder = null) => _finder = finder ?? new CapitalisedPersonFinder();

    /// <inheritdoc/>
    public IReadOnlyList<Quotation> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentQuotes.Extract(document, _finder);
    }
}
