using Wiredesk.Core.Text;

namespace Wiredesk.Core.Documents;

/// <summary>A paragraph of a cleaned article.</summary>
/// <param name="Kind">What the paragraph is.</param>
/// <param name="Span">Where it lies in <see cref="Document.Text"/>; its text is exactly those characters.</param>
/// <param name="Rule">The cleaning rule that decided the kind (e.g. <c>repeated-title</c>, <c>reading-time</c>); <see langword="null"/> for plain body text.</param>
/// <param name="Embed">For <see cref="ParagraphKind.Embed"/>, the post's author, handle and date.</param>
public sealed record Paragraph(ParagraphKind Kind, TextSpan Span, string? Rule = null, EmbeddedPost? Embed = null);
