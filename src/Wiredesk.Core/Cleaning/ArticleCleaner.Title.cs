using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

public sealed partial class ArticleCleaner
{
    private sealed record FoundTitle(string Text, TextSpan? Span);

    /// <summary>
    /// The headline: the metadata title where there is one (located in the text when it stands there), else a first
    /// line that reads as a headline rather than a sentence. Every later copy of it is marked <c>repeated-title</c>.
    /// </summary>
    private static FoundTitle? FindTitle(string? metadataTitle, string text, List<WorkBlock> blocks)
    {
        FoundTitle? found = null;
        string? key = null;
        // A metadata title of nothing but invisible characters (zero-width spaces, bidi controls) has no key: it is no title.
        var keys = string.IsNullOrWhiteSpace(metadataTitle) ? [] : TitleVariants(metadataTitle).Select(t => TextNormal.Key(t)).Where(k => k.Length > 0).ToList();
        if (keys.Count > 0)
        {
            var standing = blocks.Take(HeadBlocks).FirstOrDefault(b => !b.IsDecided && keys.Any(k => SameTitle(TextNormal.Key(b.Span.Of(text)), k)));
            standing?.Decide(ParagraphKind.Title, null);
            found = new FoundTitle(standing?.Span.Of(text) ?? metadataTitle!.Trim(), standing?.Span);
            key = standing is null ? keys[0] : TextNormal.Key(found.Text);
        }
        else
        {
            var first = blocks.FirstOrDefault(b => !b.IsDecided);
            if (first is not null && ReadsAsHeadline(first, text, blocks))
            {
                first.Decide(ParagraphKind.Title, null);
                found = new FoundTitle(first.Span.Of(text), first.Span);
                key = TextNormal.Key(found.Text);
            }
        }

        if (key is { Length: > 0 })
        {
            foreach (var block in blocks.Where(b => !b.IsDecided && SameTitle(TextNormal.Key(b.Span.Of(text)), key)))
            {
                block.Decide(ParagraphKind.Boilerplate, "repeated-title");
            }
        }

        return found;
    }

    /// <summary>A title as given and without a trailing site name ("… | Lakeside Courier", "… - Meridian Daily").</summary>
    private static IEnumerable<string> TitleVariants(string title)
    {
        yield return title;
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                yield return title[..at];
            }
        }
    }

    /// <summary>Equal keys, or one the other plus a short site suffix ("… | Meridian Daily").</summary>
    private static bool SameTitle(string candidate, string title)
    {
        if (candidate.Length == 0)
        {
            return false;
        }

        if (candidate == title)
        {
            return true;
        }

        var (shorter, longer) = candidate.Length < title.Length ? (candidate, title) : (title, candidate);
        return shorter.Length >= 20 && longer.StartsWith(shorter, StringComparison.Ordinal) && shorter.Length >= longer.Length * 0.7;
    }

    private static bool ReadsAsHeadline(WorkBlock block, string text, List<WorkBlock> blocks)
    {
        if (block.Hint is not (BlockHint.None or BlockHint.Heading))
        {
            return false;
        }

        var line = block.Span.Of(text);
        var words = TextNormal.WordCount(line);
        var last = TextNormal.LastMeaningful(line);
        var followed = blocks.Any(b => b.Span.Start > block.Span.Start);
        return followed
            && line.Length <= 200
            && words is >= 3 and <= 30
            && !line.Contains('\n', StringComparison.Ordinal)
            && last is not ('.' or ',' or ';' or ':')
            && !LayoutPatterns.StandaloneDateline().IsMatch(line)
            && BoilerplateRules.RuleFor(line) is null
            && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || line[0] is '‘' or '“' or '\'' or '"');
    }
}
