namespace Wiredesk.Core.Entities;

/// <summary>A sentence of annotated training text: its tokens and the gold entities over them.</summary>
internal sealed record NerTrainingSentence(IReadOnlyList<string> Words, IReadOnlyList<TaggedChunk> Entities);
