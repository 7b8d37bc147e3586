namespace Wiredesk.Core.Reuse;

/// <summary>
/// Verbatim containment: the share of the smaller article's distinct word shingles (runs of
/// <see cref="ReuseOptions.ShingleSize"/> normalised words) that the other article also has. Unlike the containment of
/// a <see cref="ReuseRelation"/>, which the aligner measures through small edits, a changed word here breaks every
/// shingle it is in: it tells a straight copy from an edited one. A pair is a <em>copy</em> when this is at least
/// <see cref="CopyThreshold"/>.
/// </summary>
public static class ShingleContainment
{
    /// <summary>Verbatim containment at or above which two articles are copies of each other.</summary>
    public const double CopyThreshold = 0.8;

    /// <summary>|shingles(A) ∩ shingles(B)| / min(|shingles(A)|, |shingles(B)|); 0 when either has no shingle.</summary>
    public static double OfSmaller(ReadOnlySpan<ReuseToken> first, ReadOnlySpan<ReuseToken> second, int shingleSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shingleSize);
        var a = Shingles(first, shingleSize);
        var b = Shingles(second, shingleSize);
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var shingle in small)
        {
            shared += large.Contains(shingle) ? 1 : 0;
        }

        return (double)shared / small.Count;
    }

    private static HashSet<ulong> Shingles(ReadOnlySpan<ReuseToken> tokens, int size)
    {
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + size <= tokens.Length; i++)
        {
            shingles.Add(ReuseSigner.Shingle(tokens.Slice(i, size)));
        }

        return shingles;
    }
}
