using Wiredesk.Core.Report;

namespace Wiredesk.Web.Contracts;

/// <summary>One stored article: the document report with what it shares with others, and what was found in its text.</summary>
/// <param name="Document">The document report; <c>shares</c> lists its reuse relations.</param>
/// <param name="Quotes">Its quotations.</param>
/// <param name="Entities">The entities it mentions, with its mentions only.</param>
/// <param name="Times">Its time expressions.</param>
/// <param name="Stories">The stories it belongs to.</param>
public sealed record ArticleResponse(DocumentReport Document, IReadOnlyList<ArticleQuote> Quotes, IReadOnlyList<EntityReport> Entities, IReadOnlyList<TimeReport> Times, IReadOnlyList<StoryLink> Stories);
