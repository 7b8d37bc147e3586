using Wiredesk.Core.Reuse;

namespace Wiredesk.Cluster.Reuse;

/// <summary>
/// Adds up what the partitions found for one document and keeps the candidates one index would give: those sharing at
/// least <see cref="ReuseOptions.MinSharedFingerprints"/> fingerprints or any band, most shared fingerprints first and
/// then by key, at most <see cref="ReuseOptions.MaxCandidates"/>.
/// </summary>
internal static class CandidateCut
{
    /// <summary>The summed hits per earlier document (by sequence number).</summary>
    public static Dictionary<int, (int Fingerprints, int Bands)> Sum(IEnumerable<ShardHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var sums = new Dictionary<int, (int Fingerprints, int Bands)>();
        foreach (var hit in hits)
        {
            var (fingerprints, bands) = sums.GetValueOrDefault(hit.Seq);
            sums[hit.Seq] = (fingerprints + hit.Fingerprints, bands + hit.Bands);
        }

        return sums;
    }

    /// <summary>The sequence numbers that qualify, before the cut.</summary>
    public static IEnumerable<int> Qualifying(Dictionary<int, (int Fingerprints, int Bands)> sums, ReuseOptions options)
    {
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(options);
        return sums.Where(s => s.Value.Fingerprints >= options.MinSharedFingerprints || s.Value.Bands > 0).Select(s => s.Key);
    }

    /// <summary>The candidates, ordered and cut; <paramref name="keyOf"/> names each qualifying document.</summary>
    public static IReadOnlyList<ReuseCandidate> Cut(Dictionary<int, (int Fingerprints, int Bands)> sums, Func<int, string> keyOf, ReuseOptions options)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        return Qualifying(sums, options)
            .Select(seq => new ReuseCandidate(keyOf(seq), sums[seq].Fingerprints, sums[seq].Bands))
            .OrderByDescending(c => c.SharedFingerprints)
            .ThenBy(c => c.DocumentKey, StringComparer.Ordinal)
            .Take(options.MaxCandidates)
            .ToList();
    }
}
