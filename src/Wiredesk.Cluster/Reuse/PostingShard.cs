namespace Wiredesk.Cluster.Reuse;

/// <summary>
/// One partition of the reuse index: the passage fingerprints and LSH band keys that hash to it, each with the
/// documents holding it, named by their place in the stream (their sequence number). A key keeps only its first
/// <c>cap + 1</c> postings by sequence, which is all it takes to answer, for any document, what an index that saw the
/// stream in order up to it would answer: the earlier holders of a key, unless more than <c>cap</c> of them (counting
/// the document's own earlier occurrences of the key) make it a stock phrase. Because the answer depends only on
/// sequence numbers, documents may arrive in any order and twice: adding a document already held changes nothing.
/// Not thread-safe: one grain owns it.
/// </summary>
internal sealed class PostingShard(int cap)
{
    private readonly Dictionary<uint, List<int>> _fingerprints = [];
    private readonly Dictionary<uint, List<int>> _bands = [];

    /// <summary>Postings held.</summary>
    public long Postings { get; private set; }

    /// <summary>Adds a document's keys of this partition; returns whether anything changed (false when it was held already).</summary>
    public bool Add(ShardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var changed = Add(_fingerprints, document.Seq, document.Fingerprints);
        return Add(_bands, document.Seq, document.Bands) || changed;
    }

    /// <summary>The earlier documents sharing keys with <paramref name="document"/>, each with how many fingerprints and bands of this partition it shares.</summary>
    public ShardHit[] Query(ShardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hits = new Dictionary<int, (int Fingerprints, int Bands)>();
        Tally(_fingerprints, document.Seq, document.Fingerprints, hits, band: false);
        Tally(_bands, document.Seq, document.Bands, hits, band: true);
        var result = new ShardHit[hits.Count];
        var i = 0;
        foreach (var (seq, (fingerprints, bands)) in hits)
        {
            result[i++] = new ShardHit(seq, fingerprints, bands);
        }

        return result;
    }

    private bool Add(Dictionary<uint, List<int>> table, int seq, uint[] keys)
    {
        var changed = false;
        foreach (var (key, occurrences) in Occurrences(keys))
        {
            if (!table.TryGetValue(key, out var postings))
            {
                table[key] = postings = [];
            }

            var at = LowerBound(postings, seq);
            if (at < postings.Count && postings[at] == seq)
            {
                continue;
            }

            if (at > cap)
            {
                // cap + 1 earlier postings: every later document sees a stock phrase already.
                continue;
            }

            for (var n = 0; n < occurrences; n++)
            {
                postings.Insert(at, seq);
            }

            Postings += occurrences;
            if (postings.Count > cap + 1)
            {
                Postings -= postings.Count - (cap + 1);
                postings.RemoveRange(cap + 1, postings.Count - (cap + 1));
            }

            changed = true;
        }

        return changed;
    }

    private void Tally(Dictionary<uint, List<int>> table, int seq, uint[] keys, Dictionary<int, (int Fingerprints, int Bands)> hits, bool band)
    {
        // The n-th occurrence of a key in one document sees the document's own n earlier postings beside the others'.
        var seen = new Dictionary<uint, int>();
        foreach (var key in keys)
        {
            var own = seen.GetValueOrDefault(key);
            seen[key] = own + 1;
            if (!table.TryGetValue(key, out var postings))
            {
                continue;
            }

            var earlier = LowerBound(postings, seq);
            if (earlier == 0 || earlier + own > cap)
            {
                continue;
            }

            for (var i = 0; i < earlier; i++)
            {
                var (fingerprints, bands) = hits.GetValueOrDefault(postings[i]);
                hits[postings[i]] = band ? (fingerprints, bands + 1) : (fingerprints + 1, bands);
            }
        }
    }

    private static List<(uint Key, int Count)> Occurrences(uint[] keys)
    {
        var counts = new List<(uint Key, int Count)>(keys.Length);
        var index = new Dictionary<uint, int>(keys.Length);
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var at))
            {
                counts[at] = (key, counts[at].Count + 1);
            }
            else
            {
                index[key] = counts.Count;
                counts.Add((key, 1));
            }
        }

        return counts;
    }

    private static int LowerBound(List<int> postings, int seq)
    {
        var (low, high) = (0, postings.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (postings[middle] < seq)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
