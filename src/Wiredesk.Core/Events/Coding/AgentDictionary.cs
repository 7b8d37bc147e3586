namespace Wiredesk.Core.Events.Coding;

/// <summary>The agents dictionary: role nouns (singular and plural) to agent codes, for longest-match look-up.</summary>
internal sealed class AgentDictionary
{
    public AgentDictionary(PhraseIndex<AgentEntry> phrases) => Phrases = phrases;

    public PhraseIndex<AgentEntry> Phrases { get; }
}
