using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>One name found in a text.</summary>
/// <param name="Span">Where the name is in the original text.</param>
/// <param name="Type">What kind of entity it names.</param>
/// <param name="Text">The characters of <paramref name="Span"/>, as written.</param>
public sealed record EntityMention(TextSpan Span, EntityType Type, string Text);
