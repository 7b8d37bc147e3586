namespace Wiredesk.Core.Events.Coding;

/// <summary>A noun chunk with the actor codes of its first actor and its agents, before compounds are formed.</summary>
/// <param name="Chunk">The chunk.</param>
/// <param name="Actors">The codes of its first actor (several for <c>FRO/BIL/SAM</c>), or none.</param>
/// <param name="Agents">Its agents, in order.</param>
internal sealed record ChunkGroup(NounChunk Chunk, IReadOnlyList<string> Actors, IReadOnlyList<AgentEntry> Agents)
{
    public bool IsCoded => Actors.Count > 0 || Agents.Count > 0;

    public bool AgentsOnly => Actors.Count == 0 && Agents.Count > 0;
}
