namespace Wiredesk.Core.Reuse;

/// <summary>The settings of text-reuse detection. The defaults are what the evaluation and the tests were run with.</summary>
public sealed record ReuseOptions
{
    /// <summary>The defaults.</summary>
    public static ReuseOptions Default { get; } = new();

    /// <summary>Words per shingle for fingerprints and MinHash.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>Winnowing window (in shingles): any passage of at least <c>ShingleSize + WinnowWindow - 1</c> words shares a fingerprint.</summary>
    public int WinnowWindow { get; init; } = 16;

    /// <summary>MinHash values per document (one-permutation hashing, densified).</summary>
    public int MinHashSize { get; init; } = 64;

    /// <summary>LSH bands over the MinHash values; rows per band = <c>MinHashSize / Bands</c>.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Fingerprints two documents must share to be aligned (a shared LSH band also suffices).</summary>
    public int MinSharedFingerprints { get; init; } = 1;

    /// <summary>A fingerprint held by more documents than this is a stock phrase and ignored when searching.</summary>
    public int MaxPostingsPerKey { get; init; } = 1000;

    /// <summary>The most candidates aligned for one new document, those sharing most fingerprints first.</summary>
    public int MaxCandidates { get; init; } = 100;

    /// <summary>Words per alignment anchor.</summary>
    public int AnchorSize { get; init; } = 4;

    /// <summary>Unmatched words bridged inside one passage (on either side).</summary>
    public int MaxGap { get; init; } = 8;

    /// <summary>Words inserted or deleted on one side that one passage bridges.</summary>
    public int MaxDiagonalShift { get; init; } = 4;

    /// <summary>Matched words a passage needs to be reported.</summary>
    public int MinPassageWords { get; init; } = 12;

    /// <summary>Containment both ways at or above which a pair is a duplicate.</summary>
    public double DuplicateContainment { get; init; } = 0.9;

    /// <summary>
    /// When the dates do not tell which came first: containment of one article at or above which, with the other's
    /// lower by <see cref="SourceContainmentMargin"/>, it (the shorter text the other carries whole) is named the likely source.
    /// </summary>
    public double SourceContainment { get; init; } = 0.8;

    /// <summary>How much more the likely source must be contained than the other, when containment decides the source.</summary>
    public double SourceContainmentMargin { get; init; } = 0.2;

    /// <summary>Share of a passage's words inside quotation marks, on both sides, that makes it a shared quotation.</summary>
    public double QuotationShare { get; init; } = 0.7;
}
