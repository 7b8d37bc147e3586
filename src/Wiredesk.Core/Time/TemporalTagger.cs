using Wiredesk.Core.Text;

namespace Wiredesk.Core.Time;

/// <summary>
/// The rule-based temporal tagger for news English: a hand-written tokenizer and grammar, no regular expressions,
/// no clock. See docs/time.md for what it recognises and the value conventions.
/// </summary>
public sealed class TemporalTagger : ITemporalTagger
{
    /// <inheritdoc/>
    public IReadOnlyList<TimeExpression> Tag(string text, TextSpan region, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!region.FitsIn(text.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "The region does not lie inside the text.");
        }

        var tokens = TimeTokenizer.Tokenize(text, region);
        return new TimexParser(text, tokens, anchor).Run();
    }

    /// <summary>Tags the whole of <paramref name="text"/>.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly? anchor) => Tag(text, new TextSpan(0, text?.Length ?? 0), anchor);
}
