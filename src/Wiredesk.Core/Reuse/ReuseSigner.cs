using System.Numerics;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// Signs a word stream: shingles of <see cref="ReuseOptions.ShingleSize"/> words, winnowed into passage fingerprints
/// (Schleimer et al. 2003), and a one-permutation MinHash over the same shingles with rotation densification
/// (Shrivastava and Li 2014). One pass, no allocation beyond the result.
/// </summary>
public static class ReuseSigner
{
    /// <summary>The signature of <paramref name="tokens"/>.</summary>
    public static ReuseSignature Sign(ReadOnlySpan<ReuseToken> tokens, ReuseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var k = options.ShingleSize;
        var shingleCount = tokens.Length - k + 1;
        if (shingleCount <= 0)
        {
            return new ReuseSignature([], [], tokens.Length);
        }

        var shingles = shingleCount <= 4096 ? stackalloc ulong[shingleCount] : new ulong[shingleCount];
        for (var i = 0; i < shingleCount; i++)
        {
            shingles[i] = Shingle(tokens.Slice(i, k));
        }

        return new ReuseSignature(Winnow(shingles, options.WinnowWindow), MinHash(shingles, options.MinHashSize), tokens.Length);
    }

    /// <summary>The hash of <paramref name="words"/> in order.</summary>
    internal static ulong Shingle(ReadOnlySpan<ReuseToken> words)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var word in words)
        {
            hash = WordHash.Mix(hash ^ word.Hash);
        }

        return hash;
    }

    /// <summary>
    /// The rightmost minimum of every window of <paramref name="window"/> shingles, each kept once, ascending. A monotone
    /// queue of window positions keeps it linear in the number of shingles, whatever the window.
    /// </summary>
    internal static uint[] Winnow(ReadOnlySpan<ulong> shingles, int window)
    {
        var w = Math.Min(window, shingles.Length);
        var selected = shingles.Length <= 4096 ? stackalloc uint[shingles.Length] : new uint[shingles.Length];
        var queue = shingles.Length <= 4096 ? stackalloc int[shingles.Length] : new int[shingles.Length];
        var (head, tail, chosen, lastChosen) = (0, 0, 0, -1);
        for (var i = 0; i < shingles.Length; i++)
        {
            // Drop positions no better than the new one from the back: on a tie the rightmost minimum wins.
            while (tail > head && shingles[queue[tail - 1]] >= shingles[i])
            {
                tail--;
            }

            queue[tail++] = i;
            var start = i - w + 1;
            if (start < 0)
            {
                continue;
            }

            while (queue[head] < start)
            {
                head++;
            }

            var best = queue[head];
            if (best != lastChosen)
            {
                selected[chosen++] = (uint)(shingles[best] >> 32);
                lastChosen = best;
            }
        }

        var result = selected[..chosen];
        result.Sort();
        var distinct = 0;
        for (var n = 0; n < result.Length; n++)
        {
            if (distinct == 0 || result[n] != result[distinct - 1])
            {
                result[distinct++] = result[n];
            }
        }

        return result[..distinct].ToArray();
    }

    private static uint[] MinHash(ReadOnlySpan<ulong> shingles, int size)
    {
        var bits = BitOperations.Log2((uint)size);
        var values = new uint[size];
        Array.Fill(values, uint.MaxValue);
        var filled = new bool[size];
        foreach (var shingle in shingles)
        {
            var bucket = (int)(shingle >> (64 - bits));
            var value = (uint)shingle;
            if (value <= values[bucket])
            {
                values[bucket] = value;
                filled[bucket] = true;
            }
        }

        var result = new uint[size];
        for (var b = 0; b < size; b++)
        {
            var distance = 0;
            while (!filled[(b + distance) % size])
            {
                distance++;
            }

            result[b] = distance == 0 ? values[b] : (uint)WordHash.Mix(values[(b + distance) % size] + ((ulong)distance << 32));
        }

        return result;
    }
}
