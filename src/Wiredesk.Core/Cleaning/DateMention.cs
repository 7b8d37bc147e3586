using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>A full calendar date written in a text, and where.</summary>
internal sealed record DateMention(DateOnly Date, TextSpan Span);
