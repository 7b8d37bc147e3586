namespace Wiredesk.Core.Quotes;

/// <summary>A token of a paragraph, by its offsets into the document text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
