using Wiredesk.Core.Report;

namespace Wiredesk.Web.Contracts;

/// <summary>What a post of articles did.</summary>
/// <param name="Added">New articles.</param>
/// <param name="Updated">Articles whose stored text was replaced.</param>
/// <param name="Unchanged">Articles stored already with the same content.</param>
/// <param name="Articles">Each article in order.</param>
/// <param name="Problems">Problems met reading the body (warnings, or errors for the items that could not be read).</param>
/// <param name="Stories">The stories the posted articles are in after analysis.</param>
public sealed record IngestResponse(int Added, int Updated, int Unchanged, IReadOnlyList<IngestedArticle> Articles, IReadOnlyList<ProblemReport> Problems, IReadOnlyList<StoryLink> Stories);
