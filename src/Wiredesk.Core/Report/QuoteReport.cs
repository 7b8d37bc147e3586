namespace Wiredesk.Core.Report;

/// <summary>One quotation of a story in the report.</summary>
/// <param name="Speaker">The speaker's canonical name, or null.</param>
/// <param name="SpeakerId">The speaker's entity id in <c>entities[]</c>, or null.</param>
/// <param name="Text">The quoted words as the first article carrying them wrote them.</param>
/// <param name="Kind">direct, indirect or mixed (as <c>QuoteKind</c>, lower case).</param>
/// <param name="Documents">Documents carrying it.</param>
/// <param name="Outlets">Distinct outlets carrying it.</param>
/// <param name="IndependentOutlets">Distinct outlets, copies counted once.</param>
/// <param name="Variants">Each article's version: document, span and text.</param>
public sealed record QuoteReport(
    string? Speaker,
    string? SpeakerId,
    string Text,
    string Kind,
    IReadOnlyList<string> Documents,
    int Outlets,
    int IndependentOutlets,
    IReadOnlyList<QuoteVariantReport> Variants);

/// <summary>One article's version of a quotation.</summary>
public sealed record QuoteVariantReport(string Document, int Start, int Length, string Text, string? Speaker);
