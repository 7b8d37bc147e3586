namespace Wiredesk.Core.Quotes;

/// <summary>How a quotation renders the speaker's words.</summary>
public enum QuoteKind
{
    /// <summary>The words inside quotation marks, standing as a sentence of their own (<c>"…," he said</c>).</summary>
    Direct,

    /// <summary>Reported speech without quotation marks (<c>X said that …</c>, <c>…, according to X</c>).</summary>
    Indirect,

    /// <summary>Reported speech carrying quoted words inside it (<c>X said Washington was "impatient"</c>).</summary>
    Mixed,
}
