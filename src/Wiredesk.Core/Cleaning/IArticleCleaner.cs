using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Cleaning;

/// <summary>
/// The cleaning stage: a raw article in, a document out. Contract: the document's text is the raw article's text
/// unchanged; its paragraphs cover no character twice, lie in order and carry a kind; the input is not modified.
/// </summary>
public interface IArticleCleaner
{
    /// <summary>Cleans one article.</summary>
    Document Clean(RawArticle raw);
}
