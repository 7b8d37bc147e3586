namespace Wiredesk.Core.Reuse;

/// <summary>How two documents share text.</summary>
public enum ReuseKind
{
    /// <summary>Near-identical: each contains at least <see cref="ReuseOptions.DuplicateContainment"/> of the other.</summary>
    Duplicate,

    /// <summary>One took passages from the other (or both from a third), through edits.</summary>
    Partial,

    /// <summary>They only quote the same words of a third party: not a copy of each other.</summary>
    Quotation,
}
