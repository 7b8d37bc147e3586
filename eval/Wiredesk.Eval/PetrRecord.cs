namespace Wiredesk.Eval;

/// <summary>
/// One sentence of PETRARCH's unit-test records: its text, parse and expected coding, with the
/// <c>require_dyad</c> setting in force where it stands in the file.
/// </summary>
internal sealed record PetrRecord(
    string Id,
    string Category,
    DateOnly? Date,
    string Text,
    string Parse,
    IReadOnlyList<(string Source, string Target, string Code)> Expected,
    bool NoEvents,
    string? ExpectedError,
    bool RequireDyad)
{
    /// <summary>The expected event codes, without duplicates.</summary>
    public IReadOnlySet<string> ExpectedCodes { get; } = Expected.Select(e => e.Code).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
}
