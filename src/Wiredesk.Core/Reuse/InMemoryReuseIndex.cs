namespace Wiredesk.Core.Reuse;

/// <summary>
/// The reuse index in memory: passage fingerprints and LSH band keys, each an inverted list of documents. Finding the
/// candidates of a document costs one lookup per fingerprint and band, whatever the number of documents indexed;
/// stock phrases (keys held by more than <see cref="ReuseOptions.MaxPostingsPerKey"/> documents) are skipped.
/// Not thread-safe: one writer, as in a stream.
/// </summary>
public sealed class InMemoryReuseIndex(ReuseOptions options)
{
    private readonly PostingTable _fingerprints = new();
    private readonly PostingTable _bands = new();
    private readonly List<string> _keys = [];
    private int[] _shared = new int[1024];
    private int[] _sharedBands = new int[1024];
    private readonly List<int> _touched = [];
    private readonly List<int> _postings = [];

    /// <summary>Documents indexed.</summary>
    public int Count => _keys.Count;

    /// <summary>Bytes held by the index structures (not the document keys).</summary>
    public long IndexBytes => _fingerprints.Bytes + _bands.Bytes;

    /// <summary>Adds a document.</summary>
    public void Add(string documentKey, ReuseSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var number = _keys.Count;
        _keys.Add(documentKey);
        foreach (var fingerprint in signature.Fingerprints)
        {
            _fingerprints.Add(fingerprint, number, options.MaxPostingsPerKey);
        }

        foreach (var band in signature.BandKeys(options.Bands))
        {
            _bands.Add(band, number, options.MaxPostingsPerKey);
        }

        if (_shared.Length < _keys.Count)
        {
            Array.Resize(ref _shared, _shared.Length * 2);
            Array.Resize(ref _sharedBands, _sharedBands.Length * 2);
        }
    }

    /// <summary>The indexed documents that share enough with <paramref name="signature"/>, most shared first.</summary>
    public IReadOnlyList<ReuseCandidate> FindCandidates(ReuseSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        foreach (var fingerprint in signature.Fingerprints)
        {
            _postings.Clear();
            _fingerprints.Collect(fingerprint, options.MaxPostingsPerKey, _postings);
            foreach (var document in _postings)
            {
                Touch(document);
                _shared[document]++;
            }
        }

        foreach (var band in signature.BandKeys(options.Bands))
        {
            _postings.Clear();
            _bands.Collect(band, options.MaxPostingsPerKey, _postings);
            foreach (var document in _postings)
            {
                Touch(document);
                _sharedBands[document]++;
            }
        }

        var candidates = new List<ReuseCandidate>();
        foreach (var document in _touched)
        {
            var shared = _shared[document];
            var bands = _sharedBands[document];
            if (shared >= options.MinSharedFingerprints || bands > 0)
            {
                candidates.Add(new ReuseCandidate(_keys[document], shared, bands));
            }

            _shared[document] = 0;
            _sharedBands[document] = 0;
        }

        _touched.Clear();
        candidates.Sort((x, y) => y.SharedFingerprints != x.SharedFingerprints ? y.SharedFingerprints.CompareTo(x.SharedFingerprints) : string.CompareOrdinal(x.DocumentKey, y.DocumentKey));
        return candidates.Count > options.MaxCandidates ? candidates[..options.MaxCandidates] : candidates;
    }

    private void Touch(int document)
    {
        if (_shared[document] == 0 && _sharedBands[document] == 0)
        {
            _touched.Add(document);
        }
    }
}
