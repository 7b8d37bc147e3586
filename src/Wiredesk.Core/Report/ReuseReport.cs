namespace Wiredesk.Core.Report;

/// <summary>What two documents share, in the report.</summary>
/// <param name="A">The id that sorts first.</param>
/// <param name="B">The other id.</param>
/// <param name="Kind">duplicate, partial or quotation.</param>
/// <param name="ContainmentA">Share of A's analysable words in shared passages.</param>
/// <param name="ContainmentB">Share of B's analysable words in shared passages.</param>
/// <param name="Source">The likely source's id (the earlier by publication date), or null.</param>
/// <param name="Passages">The shared passages in A's order.</param>
public sealed record ReuseReport(string A, string B, string Kind, double ContainmentA, double ContainmentB, string? Source, IReadOnlyList<PassageReport> Passages);
