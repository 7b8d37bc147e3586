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

    /// <summary>The rightmost minimum of every window of <paramref name="window"/> shingles, each kept once.</summary>
    internal static uint[] Winnow(ReadOnlySpan<ulong> shingles, int window)
    {
        var selected = new List<uint>(Math.Max(4, 2 * shingles.Length / (window + 1)));
        var w = Math.Min(window, shingles.Length);
        var lastChosen = -1;
        for (var start = 0; start + w <= shingles.Length; start++)
        {
            var best = start;
            for (var i = start + 1; i < start + w; i++)
            {
                if (shingles[i] <= shingles[best])
                {
                    best = i;
                }
            }

            if (best != lastChosen)
            {
                selected.Add((uint)(shingles[best] >> 32));
                lastChosen = best;
            }
        }

        selected.Sort();
        return [.. selected.Distinct()];
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
