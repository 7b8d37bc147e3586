using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

public sealed partial class ArticleCleaner
{
    /// <summary>A dateline: its place, where the place is written, the date it gives and the news agency it credits in
    /// brackets ("(Harbor Wire)"), if any.</summary>
    private sealed record FoundDateline(string Place, TextSpan Span, DateMention? Date, string? Agency = null);

    /// <summary>A dateline alone on a line near the top: "ANKARA", "NEW YORK".</summary>
    private static FoundDateline? FindDateline(string text, List<WorkBlock> blocks)
    {
        foreach (var block in blocks.Take(HeadBlocks).Where(b => !b.IsDecided))
        {
            var line = block.Span.Of(text);
            var match = LayoutPatterns.StandaloneDateline().Match(line);
            if (match.Success && TextNormal.WordCount(line) <= 4)
            {
                block.Decide(ParagraphKind.Dateline, null);
                var place = match.Groups["place"];
                return new FoundDateline(place.Value.TrimEnd('.', ' '), new TextSpan(block.Span.Start + place.Index, place.Length), null);
            }
        }

        return null;
    }

    /// <summary>A dateline opening the first body paragraph: "ANKARA (AA) – …", "PORTHAVEN, March 4 (Harbor Wire) — …".</summary>
    private static FoundDateline? FindInlineDateline(string text, List<WorkBlock> blocks)
    {
        var first = blocks.FirstOrDefault(b => b.Kind == ParagraphKind.Body);
        if (first is null)
        {
            return null;
        }

        var match = LayoutPatterns.InlineDateline().Match(first.Span.Of(text));
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"];
        var date = match.Groups["date"];
        DateMention? mention = null;
        if (date.Success)
        {
            mention = DateMentions.In(text, new TextSpan(first.Span.Start + date.Index, date.Length)).FirstOrDefault();
        }

        var agency = match.Groups["agency"] is { Success: true } credited && credited.Value.Trim() is { Length: >= 2 } name ? name : null;
        return new FoundDateline(place.Value.Trim(), new TextSpan(first.Span.Start + place.Index, place.Length), mention, agency);
    }
}
