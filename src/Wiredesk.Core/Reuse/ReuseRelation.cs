namespace Wiredesk.Core.Reuse;

/// <summary>What two documents share. <see cref="A"/> is the one whose id sorts first.</summary>
public sealed record ReuseRelation
{
    /// <summary>The first document's id.</summary>
    public required string A { get; init; }

    /// <summary>The second document's id.</summary>
    public required string B { get; init; }

    /// <summary>The first document's content hash (its key in the store).</summary>
    public required string AKey { get; init; }

    /// <summary>The second document's content hash.</summary>
    public required string BKey { get; init; }

    /// <summary>Duplicate, partial or shared quotation.</summary>
    public required ReuseKind Kind { get; init; }

    /// <summary>Share of A's analysable words that lie in shared passages.</summary>
    public required double ContainmentA { get; init; }

    /// <summary>Share of B's analysable words that lie in shared passages.</summary>
    public required double ContainmentB { get; init; }

    /// <summary>
    /// The id of the likely source: the earlier one by publication date; when the dates are equal or unknown, the one
    /// the other carries nearly whole while adding much of its own (see <see cref="ReuseOptions.SourceContainment"/>);
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The shared passages, in A's order.</summary>
    public required IReadOnlyList<ReusePassage> Passages { get; init; }
}
