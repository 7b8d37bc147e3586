using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>One quotation across a story: the same words carried by several articles, with each article's variant.</summary>
/// <param name="Speaker">The speaker's canonical name (the story's entity when one matches), or null when unknown.</param>
/// <param name="SpeakerId">The speaker's canonical entity id, when the entity stage matched one.</param>
/// <param name="Text">The words, as the first article to carry them wrote them.</param>
/// <param name="Kind">The kind most variants have.</param>
/// <param name="Variants">Each article's version, in story order.</param>
/// <param name="Documents">The documents that carry it.</param>
/// <param name="Outlets">Distinct outlets carrying it (an article of unknown outlet counts as one of its own).</param>
/// <param name="IndependentOutlets">The same, counting only articles that are not copies of another in the story.</param>
public sealed record StoryQuote(
    string? Speaker,
    string? SpeakerId,
    string Text,
    QuoteKind Kind,
    IReadOnlyList<QuoteVariant> Variants,
    IReadOnlyList<string> Documents,
    int Outlets,
    int IndependentOutlets);

/// <summary>One article's version of a story quotation.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Content">The quoted words' span in that document.</param>
/// <param name="Text">The words as that article wrote them.</param>
/// <param name="Speaker">The speaker as that article's quotation stage resolved it.</param>
public sealed record QuoteVariant(string Document, TextSpan Content, string Text, string? Speaker);
