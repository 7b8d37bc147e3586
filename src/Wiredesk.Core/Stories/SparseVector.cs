namespace Wiredesk.Core.Stories;

/// <summary>Sparse term-weight vectors as dictionaries: cosine, add, normalise, keep the heaviest terms.</summary>
internal static class SparseVector
{
    public static double Dot(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var sum = 0.0;
        foreach (var (term, weight) in a)
        {
            if (b.TryGetValue(term, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }

    public static double Norm(IReadOnlyDictionary<string, double> vector)
    {
        var sum = 0.0;
        foreach (var weight in vector.Values)
        {
            sum += weight * weight;
        }

        return Math.Sqrt(sum);
    }

    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var norms = Norm(a) * Norm(b);
        return norms == 0 ? 0 : Dot(a, b) / norms;
    }

    /// <summary>The <paramref name="keep"/> heaviest terms of <paramref name="weights"/>, scaled to unit length; ties by term.</summary>
    public static Dictionary<string, double> TopNormalised(IEnumerable<KeyValuePair<string, double>> weights, int keep)
    {
        var all = weights.Where(w => w.Value > 0).ToArray();
        Array.Sort(all, Heavier);
        var top = all.AsSpan(0, Math.Min(keep, all.Length));
        var sum = 0.0;
        foreach (var (_, weight) in top)
        {
            sum += weight * weight;
        }

        var norm = Math.Sqrt(sum);
        var result = new Dictionary<string, double>(top.Length, StringComparer.Ordinal);
        foreach (var (term, weight) in top)
        {
            result[term] = weight / norm;
        }

        return result;
    }

    /// <summary>Heavier first; equal weights by term, so that the order never depends on the dictionary's.</summary>
    public static int Heavier(KeyValuePair<string, double> x, KeyValuePair<string, double> y)
    {
        var byWeight = y.Value.CompareTo(x.Value);
        return byWeight != 0 ? byWeight : string.CompareOrdinal(x.Key, y.Key);
    }

    public static void AddInto(Dictionary<string, double> sum, IReadOnlyDictionary<string, double> vector, double scale = 1)
    {
        foreach (var (term, weight) in vector)
        {
            sum[term] = sum.GetValueOrDefault(term) + (weight * scale);
        }
    }

    /// <summary>Drops all but the <paramref name="keep"/> heaviest terms once the vector holds twice as many.</summary>
    public static void Prune(Dictionary<string, double> vector, int keep)
    {
        if (vector.Count <= keep * 2)
        {
            return;
        }

        var all = vector.ToArray();
        Array.Sort(all, Heavier);
        for (var i = keep; i < all.Length; i++)
        {
            vector.Remove(all[i].Key);
        }
    }
}
