namespace Wiredesk.Core.Events.Coding;

/// <summary>The agents dictionary: role nouns (singular and plural) to agent codes, for longest-match look-up.</summary>
internal sealed class AgentDictionary
{
    public AgentDictionary(PhraseIndex<AgentEntry> phrases, IReadOnlyList<string>? warnings = null)
    {
        Phrases = phrases;
        Warnings = warnings ?? [];
    }

    public PhraseIndex<AgentEntry> Phrases { get; }

    /// <summary>Lines skipped when read leniently, each naming its file and line.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
