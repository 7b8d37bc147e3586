using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// The quotation stage: who said what in one cleaned document. Contract: quotations come in text order, every span
/// points into <see cref="Document.Text"/>, only body, caption and embed paragraphs are read; the document is not modified.
/// </summary>
public interface IQuoteExtractor
{
    /// <summary>The quotations of <paramref name="document"/>.</summary>
    IReadOnlyList<Quotation> Extract(Document document);
}
