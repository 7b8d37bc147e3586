using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>A person named in a text.</summary>
/// <param name="Span">The whole mention, titles included (<c>NATO Secretary-General Mark Rutte</c>).</param>
/// <param name="NameSpan">The name alone (<c>Mark Rutte</c>).</param>
/// <param name="Name">The name as written.</param>
/// <param name="Role">The title or role written with the name (<c>NATO Secretary-General</c>), when there is one.</param>
/// <param name="Gender">The gender the title or first name tells, when it does.</param>
public sealed record PersonMention(TextSpan Span, TextSpan NameSpan, string Name, string? Role, PersonGender Gender);
