namespace Wiredesk.Core.Events.Coding;

/// <summary>A dictionary actor or agent found in a sentence's tokens.</summary>
/// <param name="First">First token.</param>
/// <param name="Last">Last token.</param>
/// <param name="ActorCodes">The actor's codes on the sentence's date (several for <c>FRO/BIL/SAM</c>); empty for an agent.</param>
/// <param name="Agent">The agent, when the mention is one.</param>
internal sealed record ActorMention(int First, int Last, IReadOnlyList<string> ActorCodes, AgentEntry? Agent)
{
    public bool IsActor => Agent is null;
}
