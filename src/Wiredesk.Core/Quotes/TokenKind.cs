namespace Wiredesk.Core.Quotes;

/// <summary>What a token of the quotation scanner is.</summary>
internal enum TokenKind
{
    /// <summary>Letters and digits, with inner apostrophes, hyphens and abbreviation stops.</summary>
    Word,

    /// <summary>One punctuation character.</summary>
    Punct,

    /// <summary>A double quotation mark of any style.</summary>
    Mark,
}
