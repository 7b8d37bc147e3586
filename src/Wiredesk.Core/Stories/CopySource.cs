using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Stories;

/// <summary>Which earlier article, if any, a new article copies: the rule that sends copies to their source's story.</summary>
public static class CopySource
{
    /// <summary>
    /// The placed article that holds the largest share of <paramref name="documentId"/>'s words, when that share is at
    /// least <paramref name="minContainment"/>; shared quotations do not count. Ties go to the smaller id.
    /// </summary>
    public static string? Find(string documentId, IEnumerable<ReuseRelation> relations, Func<string, bool> placed, double minContainment)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(placed);
        string? best = null;
        var bestShare = 0.0;
        foreach (var relation in relations)
        {
            if (relation.Kind == ReuseKind.Quotation)
            {
                continue;
            }

            var (other, share) = relation.A == documentId ? (relation.B, relation.ContainmentA)
                : relation.B == documentId ? (relation.A, relation.ContainmentB)
                : (null, 0.0);
            if (other is null || share < minContainment || !placed(other))
            {
                continue;
            }

            if (share > bestShare || (share == bestShare && string.CompareOrdinal(other, best) < 0))
            {
                (best, bestShare) = (other, share);
            }
        }

        return best;
    }
}
