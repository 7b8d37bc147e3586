using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>One mention of a canonical entity.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Span">Where it is in the document's text.</param>
/// <param name="Text">The text at the span.</param>
/// <param name="Kind">How it names the entity: a name, a role ("the NATO chief"), a handle, a demonym, or a capital standing for the government.</param>
public sealed record ResolvedMention(string Document, TextSpan Span, string Text, MentionKind Kind);
