namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// One inflected form of a dictionary verb, possibly several words (<c>CORDONED OFF</c>, <c>WIRE TAPPED</c>).
/// </summary>
/// <param name="Words">The upper-case words, consecutive in a sentence.</param>
/// <param name="VerbIndex">Which of the words is the verb proper (the one a parser tags as a verb).</param>
/// <param name="Block">The block whose patterns apply.</param>
/// <param name="Code">The code of the isolated verb: its own, or the block's.</param>
internal sealed record VerbForm(IReadOnlyList<string> Words, int VerbIndex, VerbBlock Block, VerbCode Code)
{
    /// <summary>The verb word itself, the form's key in the dictionary.</summary>
    public string Verb => Words[VerbIndex];
}
