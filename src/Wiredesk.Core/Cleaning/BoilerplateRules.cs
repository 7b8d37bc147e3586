using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>
/// The page furniture cleaning recognises by its words, each rule with a name that is kept on the paragraph:
/// reading times, meta and byline lines, "Related …" links, comment prompts, share bars and credit lines.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>The name of the rule the block breaks, or <see langword="null"/> when it reads as article text.</summary>
    public static string? RuleFor(string block)
    {
        var length = block.Length;
        if (length < 400 && ReadingTime().IsMatch(block))
        {
            return "reading-time";
        }

        if (length < 400 && MetaLine().IsMatch(block))
        {
            return "meta-line";
        }

        if (length < 300 && RelatedLink().IsMatch(block))
        {
            return "related-link";
        }

        if (length < 80 && CommentPrompt().IsMatch(block))
        {
            return "comment-prompt";
        }

        if (length < 200 && ShareBar().IsMatch(block))
        {
            return "page-furniture";
        }

        if (length < 200 && CreditLine().IsMatch(block))
        {
            return "credit-line";
        }

        if (length < 160 && Byline().IsMatch(block) && TextNormal.WordCount(block) <= 16)
        {
            return "byline";
        }

        if (length < 400 && LinkOnly().IsMatch(block))
        {
            return "link-only";
        }

        return null;
    }

    /// <summary>The author named by a byline, e.g. "Jane Doe" in "By Jane Doe, Harbor Wire".</summary>
    public static string? BylineAuthor(string block)
    {
        var match = Byline().Match(block);
        if (!match.Success)
        {
            return null;
        }

        var rest = block[match.Length..];
        var end = rest.IndexOfAny([',', '|', '\n', '•', '·']);
        var name = (end >= 0 ? rest[..end] : rest).Trim();
        name = TrailingDate().Replace(name, "").Trim();
        return name.Length is > 1 and < 80 ? name : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+read\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"\bNo Comments\b|\bComments? (?:Off|Closed)\b|^\d+ Comments?\b|^Posted (?:on|in|by)\b|^Filed (?:under|in)\b|^(?:Last )?Updated\b[: ]|^Published\b[: ]|^Modified\b[: ]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"^(?:Related(?: (?:articles?|stories|news|coverage|content|reading|links?))?\b|Read more\b|Read also\b|See also\b|Also read\b|Also see\b|Recommended\b|More from\b|More on this\b|You (?:may|might) also like\b|Most read\b|Trending now\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RelatedLink();

    [GeneratedRegex(@"^(?:Leave a (?:comment|reply)|Add a comment|Post a comment|Join the (?:conversation|discussion)|Be the first to comment|Comments|Show comments|View comments|\d+ comments?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CommentPrompt();

    [GeneratedRegex(@"^(?:Share(?: this(?: article| story| post)?)?|Share on \w+.*|Tweet|E-?mail|Print|Copy link|Follow us\b.*|Sign up\b.*|Subscribe\b.*|Newsletter\b.*|Click here\b.*|Advertisement|Sponsored(?: content)?|Tags?:.*|Topics?:.*|Copyright\b.*|©.*|All rights reserved\.?|Skip to (?:main )?content|Listen to (?:this )?article.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ShareBar();

    [GeneratedRegex(@"^\(?(?:Editing by|Additional reporting by|Writing by|Compiled by|Reporting by .{1,80}; editing by)\b|^\((?:Reporting|Writing|Editing|Compiled) by [^()]{1,160}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?:By|Written by|Reporting by|Report by|Story by|Words by)\s+(?=\p{Lu})", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\s*(?:https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LinkOnly();

    [GeneratedRegex(@"\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}.*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TrailingDate();
}
