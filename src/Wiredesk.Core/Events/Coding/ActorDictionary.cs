namespace Wiredesk.Core.Events.Coding;

/// <summary>The actors dictionary: names and synonyms to dated codes, for longest-match look-up.</summary>
internal sealed class ActorDictionary
{
    public ActorDictionary(PhraseIndex<ActorEntry> names) => Names = names;

    public PhraseIndex<ActorEntry> Names { get; }
}
