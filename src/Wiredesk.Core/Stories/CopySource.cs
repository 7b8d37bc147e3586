using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Stories;

/// <summary>Which earlier article, if any, a new article copies: the rule that sends copies to their source's story.</summary>
public static class CopySource
{
    /// <summary>
    /// The placed article that shares the most text with <paramref name="documentId"/>, when the shared passages make up
    /// at least <paramref name="minContainment"/> of either article (a copy, or a longer article built around an earlier
    /// one); shared quotations do not count. Ties go to the smaller id.
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

            var share = Math.Max(relation.ContainmentA, relation.ContainmentB);
            var other = relation.A == documentId ? relation.B : relation.B == documentId ? relation.A : null;
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
