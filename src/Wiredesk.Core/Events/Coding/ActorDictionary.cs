namespace Wiredesk.Core.Events.Coding;

/// <summary>The actors dictionary: names and synonyms to dated codes, for longest-match look-up.</summary>
internal sealed class ActorDictionary
{
    public ActorDictionary(PhraseIndex<ActorEntry> names, IReadOnlyList<string>? warnings = null)
    {
        Names = names;
        Warnings = warnings ?? [];
    }

    public PhraseIndex<ActorEntry> Names { get; }

    /// <summary>Codes read but skipped (an unreadable date restriction), each naming its file and line.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
