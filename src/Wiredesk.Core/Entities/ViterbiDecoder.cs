namespace Wiredesk.Core.Entities;

/// <summary>
/// Finds the best well-formed BILOU tag sequence given per-token tag scores and tag-to-tag transition scores.
/// </summary>
internal static class ViterbiDecoder
{
    private const int T = BilouTags.Count;

    private static readonly int[][] Predecessors = BuildPredecessors();

    /// <param name="emissions">Scores, token-major: <c>emissions[i * 17 + tag]</c>.</param>
    /// <param name="transitions">Scores, <c>transitions[previous * 17 + next]</c>.</param>
    /// <param name="tags">Receives the best tag of each token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags)
    {
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        Span<float> score = n <= 256 ? stackalloc float[n * T] : new float[n * T];
        Span<byte> back = n <= 256 ? stackalloc byte[n * T] : new byte[n * T];
        for (var t = 0; t < T; t++)
        {
            score[t] = BilouTags.CanStart(t) ? emissions[t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var row = i * T;
            var previousRow = row - T;
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                foreach (var p in Predecessors[t])
                {
                    var s = score[previousRow + p] + transitions[(p * T) + t];
                    if (s > best)
                    {
                        (best, from) = (s, p);
                    }
                }

                score[row + t] = best + emissions[row + t];
                back[row + t] = (byte)from;
            }
        }

        var last = (n - 1) * T;
        var bestTag = 0;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
        {
            if (BilouTags.CanEnd(t) && score[last + t] > bestScore)
            {
                (bestScore, bestTag) = (score[last + t], t);
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = bestTag;
            bestTag = back[(i * T) + bestTag];
        }
    }

    private static int[][] BuildPredecessors() =>
        Enumerable.Range(0, T).Select(t => Enumerable.Range(0, T).Where(p => BilouTags.CanFollow(p, t)).ToArray()).ToArray();
}
