using System.Text.RegularExpressions;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

public sealed partial class ArticleCleaner
{
    /// <summary>The longest paragraph still taken for a social post.</summary>
    private const int LongestPost = 700;

    /// <summary>
    /// Embedded posts: blocks the markup says are embeds, a post followed by its signature line
    /// ("— Mark Rutte (@SecGenNATO) May 13, 2025") or ending in one on the same line, and short paragraphs ending in a
    /// post's link.
    /// </summary>
    private static void MarkEmbeds(string text, List<WorkBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsDecided)
            {
                continue;
            }

            if (block.Hint == BlockHint.Embed)
            {
                block.Decide(ParagraphKind.Embed, "markup", EmbedFromBlock(text, block.Span));
                continue;
            }

            var signature = LayoutPatterns.EmbedSignature().Match(block.Span.Of(text));
            if (signature.Success)
            {
                var previous = i > 0 ? blocks[i - 1] : null;
                if (previous is { IsDecided: false } && previous.Span.Length <= LongestPost)
                {
                    var post = previous.Span;
                    previous.Span = TextSpan.FromBounds(post.Start, block.Span.End);
                    previous.Decide(ParagraphKind.Embed, "post-signature", Post(text, post, signature, block.Span.Start));
                    block.Absorbed = true;
                }
                else
                {
                    block.Decide(ParagraphKind.Embed, "post-signature", Post(text, block.Span, signature, block.Span.Start));
                }

                continue;
            }

            var inline = LayoutPatterns.InlineEmbedSignature().Match(block.Span.Of(text));
            if (inline.Success)
            {
                var post = inline.Groups["post"];
                block.Decide(ParagraphKind.Embed, "post-signature", Post(text, new TextSpan(block.Span.Start + post.Index, post.Length), inline, block.Span.Start));
            }
        }

        blocks.RemoveAll(b => b.Absorbed);
        foreach (var block in blocks.Where(b => !b.IsDecided))
        {
            var line = block.Span.Of(text);
            var link = LayoutPatterns.PostLink().Match(line);
            if (link.Success && line.Length <= LongestPost && link.Index + link.Length >= line.TrimEnd().Length - 1)
            {
                block.Decide(ParagraphKind.Embed, "post-link", new EmbeddedPost(block.Span, null, null, null, link.Value));
            }
        }
    }

    /// <summary>An embed block from markup: its last line is the signature when it reads as one.</summary>
    private static EmbeddedPost EmbedFromBlock(string text, TextSpan span)
    {
        var content = span.Of(text);
        var lastBreak = content.LastIndexOf('\n');
        if (lastBreak > 0)
        {
            var signatureStart = span.Start + lastBreak + 1;
            var signature = LayoutPatterns.EmbedSignature().Match(text, signatureStart, span.End - signatureStart);
            if (signature.Success)
            {
                return Post(text, TextSpan.FromBounds(span.Start, span.Start + lastBreak), signature, signatureStart);
            }
        }

        var link = LayoutPatterns.PostLink().Match(content);
        return new EmbeddedPost(span, null, null, null, link.Success ? link.Value : null);
    }

    private static EmbeddedPost Post(string text, TextSpan post, Match signature, int signatureStart)
    {
        var postText = post.Of(text);
        var link = LayoutPatterns.PostLink().Match(postText);
        var dateGroup = signature.Groups["date"];
        var date = dateGroup.Length > 0
            ? DateMentions.In(text, new TextSpan(signatureStart + dateGroup.Index - signature.Index, dateGroup.Length)).FirstOrDefault()?.Date
            : null;
        var name = signature.Groups["name"].Value.Trim();
        return new EmbeddedPost(post, name.Length > 0 ? name : null, signature.Groups["handle"].Value, date, link.Success ? link.Value : null);
    }

    private static void MarkBoilerplate(string text, List<WorkBlock> blocks)
    {
        foreach (var block in blocks.Where(b => !b.IsDecided))
        {
            if (block.Hint == BlockHint.Boilerplate)
            {
                block.Decide(ParagraphKind.Boilerplate, BoilerplateRules.RuleFor(block.Span.Of(text)) ?? "markup");
            }
            else if (BoilerplateRules.RuleFor(block.Span.Of(text)) is { } rule)
            {
                block.Decide(ParagraphKind.Boilerplate, rule);
            }
        }
    }

    private static void MarkCaptions(string text, List<WorkBlock> blocks)
    {
        foreach (var block in blocks.Where(b => !b.IsDecided))
        {
            var line = block.Span.Of(text);
            if (block.Hint == BlockHint.Caption)
            {
                block.Decide(ParagraphKind.Caption, "markup");
            }
            else if (LayoutPatterns.CaptionOpening().IsMatch(line))
            {
                block.Decide(ParagraphKind.Caption, "caption-opening");
            }
            else if (line.Length < 500 && LayoutPatterns.CaptionCredit().IsMatch(line))
            {
                block.Decide(ParagraphKind.Caption, "photo-credit");
            }
        }
    }

    /// <summary>
    /// Headings: what the markup calls one, and short lines that do not end a sentence and are followed by more text;
    /// short bullets are bullet headings.
    /// </summary>
    private static void MarkHeadings(string text, List<WorkBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsDecided)
            {
                continue;
            }

            if (block.Hint == BlockHint.Heading)
            {
                block.Decide(ParagraphKind.Heading, "markup");
                continue;
            }

            var line = block.Span.Of(text);
            var followedByText = blocks.Skip(i + 1).Any(b => b.Kind is null or ParagraphKind.Body or ParagraphKind.Embed or ParagraphKind.Caption);
            if (!followedByText || !ShortUnpunctuatedLine(line))
            {
                continue;
            }

            var bullet = LayoutPatterns.Bullet().Match(line);
            if (bullet.Success)
            {
                block.Span = TextSpan.FromBounds(block.Span.Start + bullet.Length - 1, block.Span.End);
            }

            block.Decide(ParagraphKind.Heading, bullet.Success || block.Hint == BlockHint.ListItem ? "bullet-heading" : "short-line");
        }
    }

    private static bool ShortUnpunctuatedLine(string line)
    {
        var words = TextNormal.WordCount(line);
        var last = TextNormal.LastMeaningful(line);
        var trimmed = line.TrimStart('•', '-', '*', '▪', '►', '■', '·', ' ');
        if (trimmed.Length == 0)
        {
            return false;
        }

        var first = trimmed[0];
        return words is >= 1 and <= 14
            && line.Length <= 110
            && !line.Contains('\n', StringComparison.Ordinal)
            && last is not ('.' or ',' or ';' or ':' or '…')
            && !TextNormal.EndsWithClosingQuote(line)
            && (char.IsUpper(first) || char.IsDigit(first));
    }
}
