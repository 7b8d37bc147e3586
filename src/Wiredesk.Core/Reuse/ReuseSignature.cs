namespace Wiredesk.Core.Reuse;

/// <summary>
/// What the reuse index keeps of a document: its winnowed passage fingerprints and its MinHash values, from which the
/// LSH band keys are derived. Small, and enough to find every document sharing a passage with it.
/// </summary>
/// <param name="Fingerprints">Distinct winnowed shingle fingerprints, ascending.</param>
/// <param name="MinHash">One-permutation MinHash values (empty when the document is shorter than a shingle).</param>
/// <param name="WordCount">Words in the document's analysable text.</param>
public sealed record ReuseSignature(uint[] Fingerprints, uint[] MinHash, int WordCount)
{
    /// <summary>The LSH band keys: one per band of <paramref name="bands"/>, each a hash of its rows and its number.</summary>
    public uint[] BandKeys(int bands)
    {
        if (MinHash.Length == 0 || bands <= 0)
        {
            return [];
        }

        var rows = MinHash.Length / bands;
        var keys = new uint[bands];
        for (var band = 0; band < bands; band++)
        {
            var hash = (ulong)band + 0x9E3779B97F4A7C15UL;
            for (var row = 0; row < rows; row++)
            {
                hash = WordHash.Mix(hash ^ MinHash[(band * rows) + row]);
            }

            keys[band] = (uint)(hash >> 32);
        }

        return keys;
    }
}
