namespace Wiredesk.Core.Stories;

/// <summary>A unit-length sparse vector over term ids, heaviest term first (equal weights: smaller id first).</summary>
internal sealed class TermVector(int[] ids, double[] weights)
{
    public static TermVector Empty { get; } = new([], []);

    public int[] Ids { get; } = ids;

    public double[] Weights { get; } = weights;

    public int Count => Ids.Length;

    /// <summary>The <paramref name="keep"/> heaviest of the given weights, scaled to unit length.</summary>
    public static TermVector Top(int[] ids, double[] weights, int keep)
    {
        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var byWeight = weights[y].CompareTo(weights[x]);
            return byWeight != 0 ? byWeight : ids[x].CompareTo(ids[y]);
        });
        var count = Math.Min(keep, order.Length);
        while (count > 0 && weights[order[count - 1]] <= 0)
        {
            count--;
        }

        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += weights[order[i]] * weights[order[i]];
        }

        var norm = Math.Sqrt(sum);
        var topIds = new int[count];
        var topWeights = new double[count];
        for (var i = 0; i < count; i++)
        {
            topIds[i] = ids[order[i]];
            topWeights[i] = weights[order[i]] / norm;
        }

        return new TermVector(topIds, topWeights);
    }

    /// <summary>This vector without the terms of <paramref name="other"/>, scaled to unit length again.</summary>
    public TermVector Without(TermVector other)
    {
        var excluded = (int[])other.Ids.Clone();
        Array.Sort(excluded);
        var ids = new List<int>(Ids.Length);
        var weights = new List<double>(Ids.Length);
        var sum = 0.0;
        for (var i = 0; i < Ids.Length; i++)
        {
            if (Array.BinarySearch(excluded, Ids[i]) < 0)
            {
                ids.Add(Ids[i]);
                weights.Add(Weights[i]);
                sum += Weights[i] * Weights[i];
            }
        }

        var norm = Math.Sqrt(sum);
        return norm == 0 ? Empty : new TermVector([.. ids], [.. weights.Select(w => w / norm)]);
    }

    public double Dot(Dictionary<int, double> other)
    {
        var sum = 0.0;
        for (var i = 0; i < Ids.Length; i++)
        {
            if (other.TryGetValue(Ids[i], out var weight))
            {
                sum += Weights[i] * weight;
            }
        }

        return sum;
    }

    public void AddInto(Dictionary<int, double> sum)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            sum[Ids[i]] = sum.GetValueOrDefault(Ids[i]) + Weights[i];
        }
    }
}
