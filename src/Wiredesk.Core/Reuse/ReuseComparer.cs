using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// Compares two documents: aligns their word streams into passages, tells shared quotations from copied text, measures
/// containment both ways and names the relation and the likely source: the earlier by date, or, when the dates do not
/// tell, the text the other carries nearly whole.
/// </summary>
public sealed class ReuseComparer(ReuseOptions options)
{
    /// <summary>The relation between two documents, or <see langword="null"/> when they share no passage.</summary>
    public ReuseRelation? Compare(Document first, ReuseToken[] firstTokens, Document second, ReuseToken[] secondTokens)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var swap = string.CompareOrdinal(first.Id, second.Id) > 0;
        var (a, ta, b, tb) = swap ? (second, secondTokens, first, firstTokens) : (first, firstTokens, second, secondTokens);
        var aligned = PassageAligner.Align(ta, tb, options);
        if (aligned.Count == 0)
        {
            return null;
        }

        var quotesA = QuoteRegions.Find(a);
        var quotesB = QuoteRegions.Find(b);
        var coveredA = new bool[ta.Length];
        var coveredB = new bool[tb.Length];
        var passages = new List<ReusePassage>(aligned.Count);
        foreach (var p in aligned.OrderBy(p => p.AStart))
        {
            Array.Fill(coveredA, true, p.AStart, p.AEnd - p.AStart);
            Array.Fill(coveredB, true, p.BStart, p.BEnd - p.BStart);
            var quotation = QuoteRegions.Share(quotesA, ta, p.AStart, p.AEnd) >= options.QuotationShare
                && QuoteRegions.Share(quotesB, tb, p.BStart, p.BEnd) >= options.QuotationShare;
            passages.Add(new ReusePassage(
                TextSpan.FromBounds(ta[p.AStart].Start, ta[p.AEnd - 1].End),
                TextSpan.FromBounds(tb[p.BStart].Start, tb[p.BEnd - 1].End),
                p.AEnd - p.AStart,
                (double)p.Matched / Math.Max(p.AEnd - p.AStart, p.BEnd - p.BStart),
                quotation));
        }

        var containmentA = (double)coveredA.Count(c => c) / ta.Length;
        var containmentB = (double)coveredB.Count(c => c) / tb.Length;
        var kind = passages.All(p => p.IsQuotation) ? ReuseKind.Quotation
            : containmentA >= options.DuplicateContainment && containmentB >= options.DuplicateContainment ? ReuseKind.Duplicate
            : ReuseKind.Partial;
        return new ReuseRelation
        {
            A = a.Id,
            B = b.Id,
            AKey = a.ContentHash,
            BKey = b.ContentHash,
            Kind = kind,
            ContainmentA = Math.Round(containmentA, 4),
            ContainmentB = Math.Round(containmentB, 4),
            Source = Earlier(a, b) ?? SourceByContainment(a.Id, containmentA, b.Id, containmentB, options),
            Passages = passages,
        };
    }

    /// <summary>
    /// With no dates to tell, the text the other carries whole is taken as the source: when one article lies almost
    /// entirely inside the other (containment ≥ <see cref="ReuseOptions.SourceContainment"/>) and the other clearly
    /// does not (lower by <see cref="ReuseOptions.SourceContainmentMargin"/>), the contained one. News grows: a wire
    /// service moves a short first version and then longer updates, and outlets republish it with context and
    /// paragraphs of their own, so the shorter text inside a longer one is more often the earlier. Near-duplicates
    /// and pairs that share only some passages are left undecided.
    /// </summary>
    /// <param name="a">The first document's id.</param>
    /// <param name="containmentA">Share of the first document in shared passages.</param>
    /// <param name="b">The second document's id.</param>
    /// <param name="containmentB">Share of the second document in shared passages.</param>
    /// <param name="options">The thresholds.</param>
    /// <returns>The id of the contained text, or <see langword="null"/> when containment does not tell.</returns>
    public static string? SourceByContainment(string a, double containmentA, string b, double containmentB, ReuseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (containmentA >= options.SourceContainment && containmentB <= containmentA - options.SourceContainmentMargin)
        {
            return a;
        }

        if (containmentB >= options.SourceContainment && containmentA <= containmentB - options.SourceContainmentMargin)
        {
            return b;
        }

        return null;
    }

    private static string? Earlier(Document a, Document b)
    {
        if (a.PublishedAt is { } atA && b.PublishedAt is { } atB && atA != atB)
        {
            return atA < atB ? a.Id : b.Id;
        }

        if (a.Published is { } dayA && b.Published is { } dayB && dayA != dayB)
        {
            return dayA < dayB ? a.Id : b.Id;
        }

        return null;
    }
}
