using Wiredesk.Core.Report;

namespace Wiredesk.Web.Contracts;

/// <summary>A story's articles and the text reuse among them: who copied whom.</summary>
/// <param name="Documents">The member articles in arrival order.</param>
/// <param name="Relations">Reuse relations between two members (<c>source</c> names the likely original).</param>
public sealed record StoryDocumentsResponse(IReadOnlyList<StoryDocument> Documents, IReadOnlyList<ReuseReport> Relations);
