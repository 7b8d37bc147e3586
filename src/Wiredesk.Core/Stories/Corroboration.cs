namespace Wiredesk.Core.Stories;

/// <summary>
/// How many outlets carry something, and how many of them independently: a document that copies another (found by the
/// reuse stage) adds no independent outlet. A document with no known outlet counts as an outlet of its own.
/// </summary>
public static class Corroboration
{
    /// <summary>The outlets and independent outlets among <paramref name="documents"/>.</summary>
    public static (int Outlets, int Independent) Count(IEnumerable<string> documents, Func<string, string?> outletOf, IReadOnlySet<string> copies)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(outletOf);
        ArgumentNullException.ThrowIfNull(copies);
        var all = documents.Distinct(StringComparer.Ordinal).ToList();
        string Outlet(string id) => outletOf(id) ?? "\0" + id;
        var outlets = all.Select(Outlet).Distinct(StringComparer.Ordinal).Count();
        var independent = all.Where(d => !copies.Contains(d)).Select(Outlet).Distinct(StringComparer.Ordinal).Count();
        return (outlets, all.Count > 0 ? Math.Max(independent, 1) : 0);
    }
}
