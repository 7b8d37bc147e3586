using System.Runtime.CompilerServices;

namespace Wiredesk.Core.Reuse;

/// <summary>FNV-1a over UTF-16 code units: the hash of a normalised word, and the mixing used for shingles.</summary>
internal static class WordHash
{
    /// <summary>The hash of no characters, where <see cref="Step"/> starts.</summary>
    public const ulong Offset = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> normalised)
    {
        var hash = Offset;
        foreach (var c in normalised)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    /// <summary>The hash after one more character: words are hashed while they are scanned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>A strong 64-bit mix (the finaliser of SplitMix64), so that combined hashes spread over every bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
