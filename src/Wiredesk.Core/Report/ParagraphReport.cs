namespace Wiredesk.Core.Report;

/// <summary>A paragraph in the report: <c>text</c> is exactly the characters at <c>start</c>, <c>length</c> of the document's text.</summary>
/// <param name="Kind">body, heading, caption, embed, boilerplate, title or dateline.</param>
/// <param name="Text">The paragraph's text.</param>
/// <param name="Start">Offset into the document's text (UTF-16 code units).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Rule">The cleaning rule that decided the kind, or <see langword="null"/> for plain body text.</param>
/// <param name="Embed">For embeds, the post's author, handle and date.</param>
public sealed record ParagraphReport(string Kind, string Text, int Start, int Length, string? Rule, EmbedReport? Embed);
