namespace Wiredesk.Core.Events;

/// <summary>Where the target of an event cue is found.</summary>
public enum CueTarget
{
    /// <summary>The cue takes no target ("announced that …").</summary>
    None,

    /// <summary>The first participant after the cue, as its object or after one of its prepositions.</summary>
    After,

    /// <summary>A participant after one of the cue's prepositions only ("warned of sanctions on Russia").</summary>
    Preposition,
}
