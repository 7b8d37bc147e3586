namespace Wiredesk.Core.Quotes;

/// <summary>A cue and the speaker phrase it points to, as token positions in one paragraph.</summary>
/// <param name="CueStart">The first token of the cue, or -1 when there is none.</param>
/// <param name="CueEnd">The last token of the cue.</param>
/// <param name="Form">How the cue stands.</param>
/// <param name="SpeakerStart">The first token of the speaker phrase, or -1 when it is the sentence's subject.</param>
/// <param name="SpeakerEnd">The last token of the speaker phrase.</param>
/// <param name="ClauseEnd">The last token the attribution takes up.</param>
internal readonly record struct Attribution(int CueStart, int CueEnd, CueForm Form, int SpeakerStart, int SpeakerEnd, int ClauseEnd)
{
    public bool HasCue => CueStart >= 0;

    public bool HasSpeaker => SpeakerStart >= 0;
}
