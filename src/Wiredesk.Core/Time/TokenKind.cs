namespace Wiredesk.Core.Time;

/// <summary>What a <see cref="TimeToken"/> is made of.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}
