namespace Wiredesk.Core.Events.Coding;

/// <summary>A maximal run of noun-phrase tokens (determiners, adjectives, nouns, possessive endings).</summary>
/// <param name="First">First token.</param>
/// <param name="Last">Last token.</param>
internal readonly record struct NounChunk(int First, int Last);
