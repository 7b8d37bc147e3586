using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>The piece of a quoted region inside one paragraph.</summary>
/// <param name="Paragraph">The position of the paragraph among the analysed ones.</param>
/// <param name="Open">The token of the opening mark, or -1 when the piece opens at the paragraph start.</param>
/// <param name="Close">The token of the closing mark, or -1 when the piece runs to the paragraph end.</param>
/// <param name="First">The first token of the piece, mark included.</param>
/// <param name="Last">The last token of the piece, mark included.</param>
/// <param name="Words">The quoted characters, without marks or surrounding spaces.</param>
internal sealed record QuotedPart(int Paragraph, int Open, int Close, int First, int Last, TextSpan Words);
