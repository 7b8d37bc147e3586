namespace Wiredesk.Core.Events;

/// <summary>
/// One cue of the event lexicon: the words that signal an event (inflected forms, lower case, one entry per form),
/// the type they signal, where the target is, and the prepositions that may introduce it.
/// </summary>
public sealed record EventCue(IReadOnlyList<string> Words, EventType Type, CueTarget Target, IReadOnlyList<string> Prepositions)
{
    /// <summary>Whether the cue is a noun phrase ("phone conversations"), not a verb.</summary>
    public bool IsNoun { get; init; }

    /// <summary>The cue as it reads ("held talks with").</summary>
    public string Text => string.Join(' ', Words);
}
