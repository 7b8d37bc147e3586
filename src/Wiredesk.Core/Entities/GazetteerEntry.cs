namespace Wiredesk.Core.Entities;

/// <summary>One phrase of a gazetteer, as tokens, with the category it belongs to.</summary>
/// <param name="Words">The phrase's tokens, as the tokenizer splits them.</param>
/// <param name="Category">The category index (0–15).</param>
internal sealed record GazetteerEntry(IReadOnlyList<string> Words, int Category);
