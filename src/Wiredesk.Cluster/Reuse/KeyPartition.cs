using Wiredesk.Core.Reuse;

namespace Wiredesk.Cluster.Reuse;

/// <summary>Splits a signature's keys over the partitions of the reuse index: each key lives in exactly one partition, so the counts the partitions return add up to what one index counts.</summary>
internal static class KeyPartition
{
    /// <summary>The partition of a key; fingerprints and band keys are spread independently.</summary>
    public static int Of(uint key, bool band, int partitions)
    {
        var mixed = (ulong)(band ? key ^ 0x5bd1e995u : key) * 0x9E3779B97F4A7C15UL;
        return (int)((mixed >> 32) % (uint)partitions);
    }

    /// <summary>The document's keys, one <see cref="ShardDocument"/> per partition (null for a partition it has no key in).</summary>
    public static ShardDocument?[] Split(int seq, ReuseSignature signature, ReuseOptions options, int partitions)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(options);
        var fingerprints = new List<uint>?[partitions];
        var bands = new List<uint>?[partitions];
        foreach (var key in signature.Fingerprints)
        {
            (fingerprints[Of(key, false, partitions)] ??= []).Add(key);
        }

        foreach (var key in signature.BandKeys(options.Bands))
        {
            (bands[Of(key, true, partitions)] ??= []).Add(key);
        }

        var split = new ShardDocument?[partitions];
        for (var p = 0; p < partitions; p++)
        {
            if (fingerprints[p] is not null || bands[p] is not null)
            {
                split[p] = new ShardDocument(seq, fingerprints[p]?.ToArray() ?? [], bands[p]?.ToArray() ?? []);
            }
        }

        return split;
    }
}
