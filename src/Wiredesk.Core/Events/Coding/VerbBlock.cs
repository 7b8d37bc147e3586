namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A verb block, <c>--- NAME [code] ---</c>: synonymous verbs that share the block's patterns.
/// </summary>
/// <param name="Name">The name in the block's header.</param>
/// <param name="Code">The block's primary code (the null code when none is given).</param>
/// <param name="Line">The header's line.</param>
internal sealed record VerbBlock(string Name, VerbCode Code, int Line)
{
    /// <summary>The block's patterns, in dictionary order.</summary>
    public List<VerbPattern> Patterns { get; } = [];
}
