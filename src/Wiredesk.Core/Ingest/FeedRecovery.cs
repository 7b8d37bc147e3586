using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads a feed that is not well-formed XML item by item, so that one broken item (a bare ampersand, an unclosed tag)
/// does not lose the others: each <c>&lt;item&gt;</c> or <c>&lt;entry&gt;</c> is read inside the feed's own opening (its
/// root element, namespaces and channel title) and closing, and an item that is still not XML is skipped with an error
/// naming it. Nothing is recovered when the opening itself is broken or longer than a channel header.
/// </summary>
internal static partial class FeedRecovery
{
    /// <summary>The longest opening and closing read again with every item: a channel header is a few lines.</summary>
    private const int MaxFrame = 64 * 1024;

    /// <summary>One item read on its own: its element inside a feed of that item alone, and the line it starts on.</summary>
    public sealed record Item(XElement Element, XElement Root, int Position, int Line);

    /// <summary>
    /// The items of <paramref name="xml"/> that are XML on their own, and a problem for each that is not; null when the
    /// feed has no items to read this way or its opening is broken.
    /// </summary>
    public static (IReadOnlyList<Item> Items, IReadOnlyList<ReadProblem> Problems)? ItemByItem(string xml, string where)
    {
        var chunks = ItemChunk().Matches(xml);
        if (chunks.Count == 0)
        {
            return null;
        }

        var opening = xml[..chunks[0].Index];
        var closing = xml[(chunks[^1].Index + chunks[^1].Length)..];
        if (opening.Length + closing.Length > MaxFrame || FeedXml.TryLoad(opening + closing, out _, out _) is null)
        {
            return null;
        }

        var items = new List<Item>();
        var problems = new List<ReadProblem>();
        var position = 0;
        foreach (Match chunk in chunks)
        {
            position++;
            var line = xml.AsSpan(0, chunk.Index).Count('\n') + 1;
            var document = FeedXml.TryLoad(opening + chunk.Value + closing, out var error, out _);
            var element = document?.Root?.Descendants().FirstOrDefault(e => e.Name.LocalName is "item" or "entry");
            if (document?.Root is { } root && element is not null)
            {
                items.Add(new Item(element, root, position, line));
            }
            else
            {
                var reason = error is null ? "no item element" : PositionInWrapper().Replace(error, string.Empty);
                problems.Add(new ReadProblem(where, line, $"feed item {position} is not well-formed XML ({reason}); skipped", ProblemSeverity.Error));
            }
        }

        return (items, problems);
    }

    [GeneratedRegex(@"<(?<tag>item|entry)\b[^>]*>[\s\S]*?</\k<tag>\s*>", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ItemChunk();

    // The line and column in the wrapper are not the file's: the item's line is given instead.
    [GeneratedRegex(@"\s*\(line \d+, column \d+\)$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PositionInWrapper();
}
