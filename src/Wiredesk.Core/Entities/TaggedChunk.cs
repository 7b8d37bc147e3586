namespace Wiredesk.Core.Entities;

/// <summary>An entity over a run of tokens of one sentence.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Count">Number of tokens (at least one).</param>
/// <param name="Type">What kind of entity the tokens name.</param>
internal readonly record struct TaggedChunk(int First, int Count, EntityType Type)
{
    /// <summary>Index just past the last token.</summary>
    public int End => First + Count;
}
