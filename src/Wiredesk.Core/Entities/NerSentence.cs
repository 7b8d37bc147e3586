using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>A sentence as the recogniser reads it: its extent and its tokens, all spans into the original text.</summary>
/// <param name="Span">From the first token's start to the last token's end.</param>
/// <param name="Tokens">The tokens, in order; never empty.</param>
internal sealed record NerSentence(TextSpan Span, TextSpan[] Tokens);
