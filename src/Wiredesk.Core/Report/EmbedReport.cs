namespace Wiredesk.Core.Report;

/// <summary>An embedded post in the report.</summary>
/// <param name="Author">Display name of the poster.</param>
/// <param name="Handle">Handle with its <c>@</c>.</param>
/// <param name="Date">Date of the post, <c>yyyy-MM-dd</c>.</param>
/// <param name="Url">A link the post carries.</param>
/// <param name="Start">Offset of the post's own words.</param>
/// <param name="Length">Length of the post's own words.</param>
public sealed record EmbedReport(string? Author, string? Handle, string? Date, string? Url, int Start, int Length);
