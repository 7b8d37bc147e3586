using Wiredesk.Core.Text;

namespace Wiredesk.Core.Documents;

/// <summary>A social post quoted inside an article.</summary>
/// <param name="PostSpan">The post's own words, without the signature line.</param>
/// <param name="Author">The display name of the poster, when given.</param>
/// <param name="Handle">The handle, with its <c>@</c>, when given.</param>
/// <param name="Date">The date of the post, when given.</param>
/// <param name="Url">A link carried by the post (a status URL or a <c>pic.twitter.com</c> address).</param>
public sealed record EmbeddedPost(TextSpan PostSpan, string? Author, string? Handle, DateOnly? Date, string? Url);
