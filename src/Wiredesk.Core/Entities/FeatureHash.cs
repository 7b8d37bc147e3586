namespace Wiredesk.Core.Entities;

/// <summary>
/// The 64-bit hashes features are known by: FNV-1a over characters, and a SplitMix64 finaliser to combine a template
/// with its values. A model stores these hashes, so changing anything here means retraining (bump
/// <see cref="NerModel.FeatureSetVersion"/>).
/// </summary>
internal static class FeatureHash
{
    /// <summary>The hash of the empty string; where a character hash starts.</summary>
    public const ulong Empty = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    /// <summary>A feature of template <paramref name="template"/> with one value.</summary>
    public static ulong Of(int template, ulong value) => Combine(((ulong)template * 0xD6E8FEB86659FD93UL) + 1, value);

    /// <summary>A feature of template <paramref name="template"/> joining two values.</summary>
    public static ulong Of(int template, ulong first, ulong second) => Combine(Of(template, first), second);

    /// <summary>A feature of template <paramref name="template"/> joining three values.</summary>
    public static ulong Of(int template, ulong first, ulong second, ulong third) => Combine(Of(template, first, second), third);
}
