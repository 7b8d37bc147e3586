using Wiredesk.Core.Text;

namespace Wiredesk.Core.Stories;

/// <summary>
/// One sentence of a story's summary, taken from an article (<see cref="Document"/>, <see cref="Span"/>), with every
/// document that says the same (its citations) and how many independent outlets that is.
/// </summary>
public sealed record SummarySentence(string Text, string Document, TextSpan Span, IReadOnlyList<string> Documents, int Outlets, int IndependentOutlets);
