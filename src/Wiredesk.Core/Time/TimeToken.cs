namespace Wiredesk.Core.Time;

/// <summary>
/// A word, number or symbol of the text, with its character bounds and, for words, its lexicon entry.
/// <see cref="Value"/> is the number for numbers (-1 when too long or grouped) and the character for symbols.
/// </summary>
internal readonly record struct TimeToken(int Start, int End, TokenKind Kind, Lexeme Lex, int Value, TokenFlags Flags)
{
    public bool Is(LexKind kind) => Kind == TokenKind.Word && Lex.Kind == kind;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Value == c;

    public bool IsDash => Kind == TokenKind.Symbol && Value is '-' or '–' or '—';

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public int Length => End - Start;

    /// <summary>A plain number with no comma, colon or suffix.</summary>
    public bool IsPlainNumber => Kind == TokenKind.Number && Value >= 0 && (Flags & (TokenFlags.Grouped | TokenFlags.Clock | TokenFlags.Ordinal | TokenFlags.Decade | TokenFlags.Apostrophe)) == 0;
}
