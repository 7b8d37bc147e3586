using Wiredesk.Core.Text;

namespace Wiredesk.Core.Reuse;

/// <summary>A passage two documents share.</summary>
/// <param name="A">Where it stands in the first document's text.</param>
/// <param name="B">Where it stands in the second's.</param>
/// <param name="Words">Words of the first document it spans.</param>
/// <param name="Score">Words matched exactly over the passage's longer side, 0–1 (1: no edit).</param>
/// <param name="IsQuotation">Whether it lies inside quotation marks on both sides.</param>
public sealed record ReusePassage(TextSpan A, TextSpan B, int Words, double Score, bool IsQuotation);
