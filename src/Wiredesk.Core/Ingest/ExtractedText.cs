namespace Wiredesk.Core.Ingest;

/// <summary>The text of an HTML content root and the blocks it is made of.</summary>
/// <param name="Text">The blocks' texts joined by a blank line.</param>
/// <param name="Blocks">Where each block lies in <paramref name="Text"/>, with its hint.</param>
internal sealed record ExtractedText(string Text, IReadOnlyList<RawBlock> Blocks)
{
    /// <summary>Whether no text was found.</summary>
    public bool IsEmpty => Blocks.Count == 0;
}
