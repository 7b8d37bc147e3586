namespace Wiredesk.Core.Events.Coding;

/// <summary>The four dictionaries an <see cref="EventCoder"/> codes against.</summary>
/// <param name="Verbs">Verbs, synsets and patterns.</param>
/// <param name="Actors">Actor names and codes.</param>
/// <param name="Agents">Agent role nouns and codes.</param>
/// <param name="Discards">Discard phrases.</param>
internal sealed record CodingDictionaries(VerbDictionary Verbs, ActorDictionary Actors, AgentDictionary Agents, DiscardList Discards)
{
    /// <summary>Every line skipped while reading leniently.</summary>
    public IEnumerable<string> Warnings => Verbs.Warnings.Concat(Actors.Warnings).Concat(Agents.Warnings);

    /// <summary>
    /// Reads the dictionaries from their text; the names are used in error messages. Leniently, malformed lines are
    /// skipped with a warning instead of throwing.
    /// </summary>
    public static CodingDictionaries Parse(
        (string Name, string Content) verbs,
        (string Name, string Content) actors,
        (string Name, string Content) agents,
        (string Name, string Content)? discards = null,
        bool lenient = false) =>
        new(
            VerbDictionaryReader.Read(verbs.Content, verbs.Name, lenient),
            ActorDictionaryReader.Read(actors.Content, actors.Name, lenient),
            AgentDictionaryReader.Read(agents.Content, agents.Name, lenient),
            discards is { } d ? DiscardListReader.Read(d.Content, d.Name) : DiscardList.Empty);
}
