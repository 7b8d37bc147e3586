namespace Wiredesk.Core.Stories;

/// <summary>Summed term vectors (a story's centroid) as dictionaries from term id to weight: cosine, add, keep the heaviest.</summary>
internal static class SparseVector
{
    public static double Dot(Dictionary<int, double> a, Dictionary<int, double> b)
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

    public static double Norm(Dictionary<int, double> vector)
    {
        var sum = 0.0;
        foreach (var weight in vector.Values)
        {
            sum += weight * weight;
        }

        return Math.Sqrt(sum);
    }

    public static double Cosine(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        var norms = Norm(a) * Norm(b);
        return norms == 0 ? 0 : Dot(a, b) / norms;
    }

    public static double Cosine(TermVector article, Dictionary<int, double> story)
    {
        var norm = Norm(story);
        return norm == 0 ? 0 : article.Dot(story) / norm;
    }

    public static void AddInto(Dictionary<int, double> sum, Dictionary<int, double> vector)
    {
        foreach (var (term, weight) in vector)
        {
            sum[term] = sum.GetValueOrDefault(term) + weight;
        }
    }

    /// <summary>The <paramref name="count"/> heaviest terms, heaviest first, ties by term id: one pass, no sort of the whole vector.</summary>
    public static int[] Heaviest(Dictionary<int, double> vector, int count)
    {
        var terms = new int[Math.Min(count, vector.Count)];
        var weights = new double[terms.Length];
        var held = 0;
        foreach (var (term, weight) in vector)
        {
            if (held == terms.Length && !Before(weight, term, weights[held - 1], terms[held - 1]))
            {
                continue;
            }

            var at = held == terms.Length ? held - 1 : held++;
            while (at > 0 && Before(weight, term, weights[at - 1], terms[at - 1]))
            {
                (terms[at], weights[at]) = (terms[at - 1], weights[at - 1]);
                at--;
            }

            (terms[at], weights[at]) = (term, weight);
        }

        return terms;
    }

    private static bool Before(double weight, int term, double otherWeight, int otherTerm) =>
        weight > otherWeight || (weight == otherWeight && term < otherTerm);

    /// <summary>Drops all but the <paramref name="keep"/> heaviest terms once the vector holds twice as many.</summary>
    public static void Prune(Dictionary<int, double> vector, int keep)
    {
        if (vector.Count <= keep * 2)
        {
            return;
        }

        var all = vector.ToArray();
        Array.Sort(all, (x, y) =>
        {
            var byWeight = y.Value.CompareTo(x.Value);
            return byWeight != 0 ? byWeight : x.Key.CompareTo(y.Key);
        });
        for (var i = keep; i < all.Length; i++)
        {
            vector.Remove(all[i].Key);
        }
    }
}
