using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>Words a document attributes to someone, with the cue and the speaker it names.</summary>
public sealed record Quotation
{
    /// <summary>
    /// The words said. For <see cref="QuoteKind.Direct"/>, from the first quoted word to the last, without the outer
    /// quotation marks (an attribution in the middle lies inside it; <see cref="Parts"/> leaves it out). For
    /// <see cref="QuoteKind.Indirect"/> and <see cref="QuoteKind.Mixed"/>, the reported clause, without "that" and the
    /// final stop (quoted words keep their marks there).
    /// </summary>
    public required TextSpan Content { get; init; }

    /// <summary>The quoted pieces, each without its quotation marks; empty for indirect speech.</summary>
    public required IReadOnlyList<TextSpan> Parts { get; init; }

    /// <summary>The speech verb or phrase (<c>said</c>, <c>told</c>, <c>according to</c>), when there is one.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The cue in lower case (<c>said</c>, <c>sighed</c>, <c>according to</c>), when there is one.</summary>
    public string? CueVerb { get; init; }

    /// <summary>Where the speaker is named: a name, a pronoun or a role (<c>the NATO chief</c>).</summary>
    public TextSpan? SpeakerMention { get; init; }

    /// <summary>
    /// The speaker: the fullest name the document gives that person (<c>Mark Rutte</c> for "Rutte", "he" or "the NATO
    /// chief"), or the words of the mention when it names no person (<c>a source</c>); <see langword="null"/> when unknown.
    /// </summary>
    public string? Speaker { get; init; }

    /// <summary>Whether the speaker is a person found in the document (rather than the words of an unresolved mention).</summary>
    public bool SpeakerIsPerson { get; init; }

    /// <summary>Direct, indirect or mixed.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>The index in <see cref="Documents.Document.Paragraphs"/> of the paragraph the quotation starts in.</summary>
    public required int Paragraph { get; init; }

    /// <summary>How sure the attribution is, from 0 to 1: a named speaker beside a speech verb scores highest.</summary>
    public required double Confidence { get; init; }
}
