namespace Wiredesk.Core.Reuse;

/// <summary>
/// The reuse index in memory: passage fingerprints and LSH band keys, each an inverted list of documents. Finding the
/// candidates of a document costs one lookup per fingerprint and band, whatever the number of documents indexed;
/// stock phrases (keys held by more than <see cref="ReuseOptions.MaxPostingsPerKey"/> documents) are skipped.
/// Not thread-safe: one writer, as in a stream. When the number of documents is known (a backfill), giving it up front
/// sizes the tables once instead of doubling them as they fill; the results are the same either way.
/// </summary>
/// <param name="options">How documents were signed and how candidates are chosen.</param>
/// <param name="expectedDocuments">How many documents the index will hold, when known; 0 when not.</param>
public sealed class InMemoryReuseIndex(ReuseOptions options, int expectedDocuments = 0)
{
    // Winnowing a 500-word article with a 16-word window keeps about 60 fingerprints.
    private const int FingerprintsPerDocument = 64;

    private readonly PostingTable _fingerprints = new((long)expectedDocuments * FingerprintsPerDocument);
    private readonly PostingTable _bands = new((long)expectedDocuments * options.Bands);
    private readonly List<string> _keys = new(expectedDocuments);
    private ulong[] _keyPrefixes = new ulong[Math.Max(1024, expectedDocuments)];
    private int[] _shared = new int[Math.Max(1024, expectedDocuments)];
    private int[] _sharedBands = new int[Math.Max(1024, expectedDocuments)];
    private readonly List<int> _touched = [];
    private readonly List<int> _postings = [];
    private Hit[] _hits = new Hit[64];

    /// <summary>Documents indexed.</summary>
    public int Count => _keys.Count;

    /// <summary>Bytes held by the index structures: the two posting tables and 16 bytes a document of counters and key prefixes (not the document keys themselves).</summary>
    public long IndexBytes => _fingerprints.Bytes + _bands.Bytes + (_shared.Length * 8L) + (_keyPrefixes.Length * 8L);

    /// <summary>Adds a document.</summary>
    public void Add(string documentKey, ReuseSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var number = NewDocument(documentKey);
        foreach (var fingerprint in signature.Fingerprints)
        {
            _fingerprints.Add(fingerprint, number, options.MaxPostingsPerKey);
        }

        foreach (var band in signature.BandKeys(options.Bands))
        {
            _bands.Add(band, number, options.MaxPostingsPerKey);
        }
    }

    /// <summary>The indexed documents that share enough with <paramref name="signature"/>, most shared first.</summary>
    public IReadOnlyList<ReuseCandidate> FindCandidates(ReuseSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bands = signature.BandKeys(options.Bands);
        _fingerprints.Warm(signature.Fingerprints);
        _bands.Warm(bands);
        foreach (var fingerprint in signature.Fingerprints)
        {
            _postings.Clear();
            _fingerprints.Collect(fingerprint, options.MaxPostingsPerKey, _postings);
            Tally(_postings, _shared);
        }

        foreach (var band in bands)
        {
            _postings.Clear();
            _bands.Collect(band, options.MaxPostingsPerKey, _postings);
            Tally(_postings, _sharedBands);
        }

        return Candidates();
    }

    /// <summary>
    /// <see cref="FindCandidates"/> and then <see cref="Add"/>, as a stream does for each new document, looking each key
    /// up once instead of twice. The candidates are those <see cref="FindCandidates"/> gives before the document is added.
    /// </summary>
    public IReadOnlyList<ReuseCandidate> FindCandidatesAndAdd(string documentKey, ReuseSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bands = signature.BandKeys(options.Bands);
        _fingerprints.Warm(signature.Fingerprints);
        _bands.Warm(bands);
        var number = NewDocument(documentKey);
        foreach (var fingerprint in signature.Fingerprints)
        {
            _postings.Clear();
            _fingerprints.CollectAndAdd(fingerprint, number, options.MaxPostingsPerKey, _postings);
            Tally(_postings, _shared, except: number);
        }

        foreach (var band in bands)
        {
            _postings.Clear();
            _bands.CollectAndAdd(band, number, options.MaxPostingsPerKey, _postings);
            Tally(_postings, _sharedBands, except: number);
        }

        return Candidates();
    }

    private int NewDocument(string documentKey)
    {
        ArgumentNullException.ThrowIfNull(documentKey);
        var number = _keys.Count;
        _keys.Add(documentKey);
        if (_shared.Length < _keys.Count)
        {
            Array.Resize(ref _shared, _shared.Length * 2);
            Array.Resize(ref _sharedBands, _sharedBands.Length * 2);
            Array.Resize(ref _keyPrefixes, _keyPrefixes.Length * 2);
        }

        _keyPrefixes[number] = KeyPrefix(documentKey);
        return number;
    }

    private void Tally(List<int> documents, int[] counters, int except = -1)
    {
        foreach (var document in documents)
        {
            // Only a key the document itself holds twice (two equal band keys) lists it here.
            if (document == except)
            {
                continue;
            }

            if (_shared[document] == 0 && _sharedBands[document] == 0)
            {
                _touched.Add(document);
            }

            counters[document]++;
        }
    }

    /// <summary>The touched documents that qualify, most shared fingerprints first and then by key, at most <see cref="ReuseOptions.MaxCandidates"/>; resets the counters.</summary>
    private List<ReuseCandidate> Candidates()
    {
        if (_hits.Length < _touched.Count)
        {
            _hits = new Hit[Math.Max(_touched.Count, _hits.Length * 2)];
        }

        var found = 0;
        foreach (var document in _touched)
        {
            var shared = _shared[document];
            var bands = _sharedBands[document];
            if (shared >= options.MinSharedFingerprints || bands > 0)
            {
                _hits[found++] = new Hit(shared, bands, document);
            }

            _shared[document] = 0;
            _sharedBands[document] = 0;
        }

        _touched.Clear();
        var hits = _hits.AsSpan(0, found);
        var take = Math.Min(found, options.MaxCandidates);
        if (found > take && take > 0)
        {
            // Only hits that can reach the cut are ordered by key: those sharing at least as much as the take-th
            // largest count, found by a histogram of the counts (small numbers) in one pass instead of a sort.
            hits = hits[..AtLeastCut(hits, take)];
        }

        hits.Sort(new ByShareThenKey(_keys, _keyPrefixes));
        var candidates = new List<ReuseCandidate>(take);
        foreach (var hit in hits[..take])
        {
            candidates.Add(new ReuseCandidate(_keys[hit.Document], hit.Shared, hit.Bands));
        }

        return candidates;
    }

    /// <summary>Moves the hits sharing at least as many fingerprints as the <paramref name="take"/>-th most to the front; returns how many.</summary>
    private static int AtLeastCut(Span<Hit> hits, int take)
    {
        var max = 0;
        foreach (var hit in hits)
        {
            max = Math.Max(max, hit.Shared);
        }

        Span<int> histogram = max < 512 ? stackalloc int[max + 1] : new int[max + 1];
        histogram.Clear();
        foreach (var hit in hits)
        {
            histogram[hit.Shared]++;
        }

        var cut = max;
        var above = 0;
        while (cut > 0 && above + histogram[cut] < take)
        {
            above += histogram[cut];
            cut--;
        }

        var kept = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i].Shared >= cut)
            {
                hits[kept++] = hits[i];
            }
        }

        return kept;
    }

    private readonly record struct Hit(int Shared, int Bands, int Document);

    /// <summary>
    /// The first 8 characters of a key, 8 bits each, so that comparing two prefixes orders the keys as
    /// <see cref="string.CompareOrdinal(string, string)"/> does whenever the prefixes differ; <see cref="NoPrefix"/>
    /// when a character does not fit.
    /// </summary>
    private static ulong KeyPrefix(string key)
    {
        var prefix = 0UL;
        for (var i = 0; i < 8; i++)
        {
            var c = i < key.Length ? key[i] : '\0';
            if (c >= 0xFF || (c == '\0' && i < key.Length))
            {
                return NoPrefix;
            }

            prefix = (prefix << 8) | c;
        }

        return prefix;
    }

    private const ulong NoPrefix = ulong.MaxValue;

    private readonly struct ByShareThenKey(List<string> keys, ulong[] prefixes) : IComparer<Hit>
    {
        public int Compare(Hit x, Hit y)
        {
            if (x.Shared != y.Shared)
            {
                return y.Shared.CompareTo(x.Shared);
            }

            var (px, py) = (prefixes[x.Document], prefixes[y.Document]);
            return px != py && px != NoPrefix && py != NoPrefix ? px.CompareTo(py) : string.CompareOrdinal(keys[x.Document], keys[y.Document]);
        }
    }
}
