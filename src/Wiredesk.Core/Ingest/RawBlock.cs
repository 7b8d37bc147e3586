using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>A block of an article's text as a reader found it, with what the markup said about it.</summary>
/// <param name="Span">Where the block lies in <see cref="RawArticle.Text"/>.</param>
/// <param name="Hint">What the markup said about the block.</param>
public sealed record RawBlock(TextSpan Span, BlockHint Hint);
