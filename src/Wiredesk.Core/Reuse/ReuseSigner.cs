using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// Signs a word stream: shingles of <see cref="ReuseOptions.ShingleSize"/> words, winnowed into passage fingerprints
/// (Schleimer et al. 2003), and a one-permutation MinHash over the same shingles with rotation densification
/// (Shrivastava and Li 2014). One pass; the working buffers live on the stack (or are rented for very long texts), so
/// nothing is allocated beyond the result.
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

        var rented = shingleCount <= 1024 ? null : ArrayPool<ulong>.Shared.Rent(shingleCount);
        var shingles = rented is null ? stackalloc ulong[shingleCount] : rented.AsSpan(0, shingleCount);
        // Word by word across all shingles rather than shingle by shingle: the same hashes as Shingle, but each pass is
        // a run of independent mixes the processor overlaps, instead of one chain of dependent mixes per shingle.
        shingles.Fill(ShingleSeed);
        for (var j = 0; j < k; j++)
        {
            var words = tokens.Slice(j, shingleCount);
            for (var i = 0; i < shingles.Length; i++)
            {
                shingles[i] = WordHash.Mix(shingles[i] ^ words[i].Hash);
            }
        }

        var signature = new ReuseSignature(Winnow(shingles, options.WinnowWindow), MinHash(shingles, options.MinHashSize), tokens.Length);
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }

        return signature;
    }

    private const ulong ShingleSeed = 0xCBF29CE484222325UL;

    /// <summary>The hash of <paramref name="words"/> in order.</summary>
    internal static ulong Shingle(ReadOnlySpan<ReuseToken> words)
    {
        var hash = ShingleSeed;
        foreach (var word in words)
        {
            hash = WordHash.Mix(hash ^ word.Hash);
        }

        return hash;
    }

    /// <summary>
    /// The fingerprint (upper 32 bits) of the minimum of every window of <paramref name="window"/> shingles, each kept
    /// once, ascending. Which of equal minima is chosen does not change that set, so the window minima are taken with
    /// the block method of van Herk and Gil–Werman: running minima forward and backward inside blocks of one window,
    /// any window then spanning the end of one block and the start of the next. Linear and without branches to mispredict.
    /// </summary>
    internal static uint[] Winnow(ReadOnlySpan<ulong> shingles, int window)
    {
        var n = shingles.Length;
        var w = Math.Min(window, n);
        if (w <= 0)
        {
            return [];
        }

        var rented = n <= 1024 ? null : ArrayPool<ulong>.Shared.Rent(2 * n);
        var scratch = rented is null ? stackalloc ulong[2 * n] : rented.AsSpan(0, 2 * n);
        var forward = scratch[..n];
        var backward = scratch[n..];
        for (var blockStart = 0; blockStart < n; blockStart += w)
        {
            var blockEnd = Math.Min(blockStart + w, n);
            var low = ulong.MaxValue;
            for (var i = blockStart; i < blockEnd; i++)
            {
                low = Lower(low, shingles[i]);
                forward[i] = low;
            }

            low = ulong.MaxValue;
            for (var i = blockEnd - 1; i >= blockStart; i--)
            {
                low = Lower(low, shingles[i]);
                backward[i] = low;
            }
        }

        // A window's minimum is usually its neighbour's: keep a value only when it changes, then sort and de-duplicate.
        var windows = n - w + 1;
        Span<uint> selected = windows <= 4096 ? stackalloc uint[windows] : new uint[windows];
        var chosen = 0;
        var last = 0UL;
        for (var start = 0; start < windows; start++)
        {
            var minimum = Lower(backward[start], forward[start + w - 1]);
            if (chosen == 0 || minimum != last)
            {
                selected[chosen++] = (uint)(minimum >> 32);
                last = minimum;
            }
        }

        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }

        var result = selected[..chosen];
        result.Sort();
        var distinct = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (distinct == 0 || result[i] != result[distinct - 1])
            {
                result[distinct++] = result[i];
            }
        }

        return result[..distinct].ToArray();
    }

    /// <summary>The smaller of two values without a branch: window minima change too irregularly to predict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lower(ulong a, ulong b)
    {
        var mask = 0UL - (a < b ? 1UL : 0UL);
        return b ^ ((a ^ b) & mask);
    }

    private static uint[] MinHash(ReadOnlySpan<ulong> shingles, int size)
    {
        var bits = BitOperations.Log2((uint)size);
        Span<uint> values = size <= 1024 ? stackalloc uint[size] : new uint[size];
        Span<bool> filled = size <= 1024 ? stackalloc bool[size] : new bool[size];
        values.Fill(uint.MaxValue);
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
            if (filled[b])
            {
                result[b] = values[b];
                continue;
            }

            var distance = 1;
            var at = b + 1 == size ? 0 : b + 1;
            while (!filled[at])
            {
                distance++;
                at = at + 1 == size ? 0 : at + 1;
            }

            result[b] = (uint)WordHash.Mix(values[at] + ((ulong)distance << 32));
        }

        return result;
    }
}
