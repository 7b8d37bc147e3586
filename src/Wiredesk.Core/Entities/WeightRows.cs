using System.Numerics;
using System.Runtime.InteropServices;

namespace Wiredesk.Core.Entities;

/// <summary>Adds one feature's quantised weight row to a token's integer tag scores, a vector at a time.</summary>
internal static class WeightRows
{
    public static void Add(ReadOnlySpan<short> weights, Span<int> scores)
    {
        var t = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<short>.Count;
            for (; t + width <= weights.Length; t += width)
            {
                Vector.Widen(new Vector<short>(weights[t..]), out var low, out var high);
                var into = MemoryMarshal.Cast<int, Vector<int>>(scores[t..(t + width)]);
                into[0] += low;
                into[1] += high;
            }
        }

        for (; t < scores.Length; t++)
        {
            scores[t] += weights[t];
        }
    }
}
