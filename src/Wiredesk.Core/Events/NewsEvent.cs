using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events;

/// <summary>
/// One event as one article reports it: who (<see cref="Actor"/>) did what (<see cref="Type"/>, signalled by
/// <see cref="Cue"/>) to whom (<see cref="Target"/>), where and when, in which sentence.
/// </summary>
public sealed record NewsEvent
{
    /// <summary>The article that reports the event.</summary>
    public required string Document { get; init; }

    /// <summary>What happened.</summary>
    public required EventType Type { get; init; }

    /// <summary>The words that signal the event, in the article's text.</summary>
    public required TextSpan Cue { get; init; }

    /// <summary>The cue as written.</summary>
    public required string CueText { get; init; }

    /// <summary>The sentence that reports the event.</summary>
    public required TextSpan Sentence { get; init; }

    /// <summary>Who acted, when the article says.</summary>
    public EventParticipant? Actor { get; init; }

    /// <summary>Who or what was acted on, when there is one.</summary>
    public EventParticipant? Target { get; init; }

    /// <summary>Where, as a canonical place, when the sentence says.</summary>
    public EventParticipant? Place { get; init; }

    /// <summary>When: a TIMEX3 value resolved against the article's date ("2025-05-13"), when the sentence says.</summary>
    public string? Time { get; init; }

    /// <summary>The time expression as written.</summary>
    public string? TimeText { get; init; }

    /// <summary>What the actor announced, urged or threatened, when the cue takes a clause ("to engage constructively …").</summary>
    public string? What { get; init; }
}
