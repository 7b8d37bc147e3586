namespace Wiredesk.Core.Reuse;

/// <summary>A generated sentence: its words and, for a quotation, who said it.</summary>
internal sealed record SyntheticSentence(string[] Words, string? Speaker);
