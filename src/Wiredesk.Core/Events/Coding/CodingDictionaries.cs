namespace Wiredesk.Core.Events.Coding;

/// <summary>The four dictionaries an <see cref="EventCoder"/> codes against.</summary>
/// <param name="Verbs">Verbs, synsets and patterns.</param>
/// <param name="Actors">Actor names and codes.</param>
/// <param name="Agents">Agent role nouns and codes.</param>
/// <param name="Discards">Discard phrases.</param>
internal sealed record CodingDictionaries(VerbDictionary Verbs, ActorDictionary Actors, AgentDictionary Agents, DiscardList Discards)
{
    /// <summary>Reads the dictionaries from their text; the names are used in error messages.</summary>
    public static CodingDictionaries Parse(
        (string Name, string Content) verbs,
        (string Name, string Content) actors,
        (string Name, string Content) agents,
        (string Name, string Content)? discards = null) =>
        new(
            VerbDictionaryReader.Read(verbs.Content, verbs.Name),
            ActorDictionaryReader.Read(actors.Content, actors.Name),
            AgentDictionaryReader.Read(agents.Content, agents.Name),
            discards is { } d ? DiscardListReader.Read(d.Content, d.Name) : DiscardList.Empty);
}
