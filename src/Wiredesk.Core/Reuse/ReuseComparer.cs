using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// Compares two documents: aligns their word streams into passages, tells shared quotations from copied text, measures
/// containment both ways and names the relation and, where the dates tell, the source.
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
            Source = Earlier(a, b),
            Passages = passages,
        };
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
