using Wiredesk.Core.Text;

namespace Wiredesk.Core.Stories;

/// <summary>Where a story item is said: a document and a span of its text (usually a sentence), with that text.</summary>
public sealed record StoryMention(string Document, TextSpan Span, string Text);
