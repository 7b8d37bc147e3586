namespace Wiredesk.Core.Reuse;

/// <summary>
/// Local alignment of two word streams into shared passages, tolerant of small edits. Exact runs of at least
/// <see cref="ReuseOptions.AnchorSize"/> words are anchors; a passage grows from an anchor along its diagonal and bridges
/// to the next anchor when no more than <see cref="ReuseOptions.MaxGap"/> words differ on either side and the diagonal
/// shifts by at most <see cref="ReuseOptions.MaxDiagonalShift"/> (a word inserted, deleted or replaced). Linear in the
/// number of anchors; no all-pairs matrix.
/// </summary>
internal static class PassageAligner
{
    private const int MaxPositionsPerAnchor = 16;

    public static List<TokenPassage> Align(ReadOnlySpan<ReuseToken> a, ReadOnlySpan<ReuseToken> b, ReuseOptions options)
    {
        var anchors = Anchors(a, b, options.AnchorSize);
        var passages = new List<TokenPassage>();
        if (anchors.Count == 0)
        {
            return passages;
        }

        var firstAt = new int[a.Length + 1];
        Array.Fill(firstAt, -1);
        for (var n = anchors.Count - 1; n >= 0; n--)
        {
            firstAt[anchors[n].I] = n;
        }

        var used = new bool[anchors.Count];
        for (var n = 0; n < anchors.Count; n++)
        {
            if (used[n])
            {
                continue;
            }

            var (startI, startJ) = anchors[n];
            while (startI > 0 && startJ > 0 && a[startI - 1].Hash == b[startJ - 1].Hash)
            {
                startI--;
                startJ--;
            }

            var (endI, endJ) = Extend(a, b, startI, startJ);
            var matched = endI - startI;
            while (NextAnchor(anchors, firstAt, endI, endJ, options, a.Length) is { } next)
            {
                var (runEndI, runEndJ) = Extend(a, b, next.I, next.J);
                matched += runEndI - next.I;
                (endI, endJ) = (runEndI, runEndJ);
            }

            for (var m = n; m < anchors.Count && anchors[m].I < endI; m++)
            {
                if (anchors[m].J >= startJ && anchors[m].J < endJ)
                {
                    used[m] = true;
                }
            }

            if (matched >= options.MinPassageWords)
            {
                passages.Add(new TokenPassage(startI, endI, startJ, endJ, matched));
            }
        }

        return passages;
    }

    private static (int I, int J) Extend(ReadOnlySpan<ReuseToken> a, ReadOnlySpan<ReuseToken> b, int i, int j)
    {
        while (i < a.Length && j < b.Length && a[i].Hash == b[j].Hash)
        {
            i++;
            j++;
        }

        return (i, j);
    }

    private static (int I, int J)? NextAnchor(List<(int I, int J)> anchors, int[] firstAt, int endI, int endJ, ReuseOptions options, int length)
    {
        var diagonal = endI - endJ;
        for (var i = endI; i <= Math.Min(length - 1, endI + options.MaxGap); i++)
        {
            for (var n = firstAt[i]; n >= 0 && n < anchors.Count && anchors[n].I == i; n++)
            {
                var j = anchors[n].J;
                if (j >= endJ && j <= endJ + options.MaxGap && Math.Abs(i - j - diagonal) <= options.MaxDiagonalShift)
                {
                    return anchors[n];
                }
            }
        }

        return null;
    }

    /// <summary>Every (i, j) where <paramref name="k"/> words of a starting at i equal those of b starting at j.</summary>
    private static List<(int I, int J)> Anchors(ReadOnlySpan<ReuseToken> a, ReadOnlySpan<ReuseToken> b, int k)
    {
        var anchors = new List<(int, int)>();
        if (a.Length < k || b.Length < k)
        {
            return anchors;
        }

        var heads = new Dictionary<ulong, int>(b.Length);
        var next = new int[b.Length];
        for (var j = b.Length - k; j >= 0; j--)
        {
            var key = ReuseSigner.Shingle(b.Slice(j, k));
            next[j] = heads.TryGetValue(key, out var head) ? head : -1;
            heads[key] = j;
        }

        for (var i = 0; i + k <= a.Length; i++)
        {
            if (!heads.TryGetValue(ReuseSigner.Shingle(a.Slice(i, k)), out var j))
            {
                continue;
            }

            for (var seen = 0; j >= 0 && seen < MaxPositionsPerAnchor; j = next[j], seen++)
            {
                if (Same(a.Slice(i, k), b.Slice(j, k)))
                {
                    anchors.Add((i, j));
                }
            }
        }

        return anchors;
    }

    private static bool Same(ReadOnlySpan<ReuseToken> x, ReadOnlySpan<ReuseToken> y)
    {
        for (var n = 0; n < x.Length; n++)
        {
            if (x[n].Hash != y[n].Hash)
            {
                return false;
            }
        }

        return true;
    }
}
