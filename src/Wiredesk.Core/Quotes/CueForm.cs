namespace Wiredesk.Core.Quotes;

/// <summary>How a speech verb stands in its clause, which decides where its speaker is looked for.</summary>
internal enum CueForm
{
    /// <summary>A finite verb (<c>said</c>, <c>says</c>, <c>told</c>): the speaker stands just before it, or just after it when inverted.</summary>
    Finite,

    /// <summary>A participle (<c>saying</c>, <c>adding</c>): the speaker is the subject of the sentence.</summary>
    Participle,

    /// <summary><c>according to</c>: the speaker follows.</summary>
    AccordingTo,
}
