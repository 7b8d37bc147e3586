using System.Text.RegularExpressions;
using Wiredesk.Core.Text;
using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>What an element's tag, class and id say it is: page furniture, an advert, a caption, an embedded post.</summary>
internal static partial class HtmlMarkers
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "center", "details", "dialog", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    private static readonly string[] EmbedClasses = ["twitter-tweet", "instagram-media", "bluesky-embed", "tiktok-embed"];

    /// <summary>Whether the element starts a block of its own (as opposed to flowing inside a line of text).</summary>
    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    /// <summary>Whether the element is a heading, <c>h1</c> to <c>h6</c>.</summary>
    public static bool IsHeading(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'];

    /// <summary>Whether the element is a caption: a <c>figcaption</c> or anything whose class names a caption.</summary>
    public static bool IsCaption(IElement element) =>
        element.LocalName == "figcaption" || (element.ClassName?.Contains("caption", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Whether the element is a blockquote carrying an embedded social post.</summary>
    public static bool IsEmbed(IElement element)
    {
        if (element.LocalName != "blockquote")
        {
            return false;
        }

        var classes = element.ClassName ?? string.Empty;
        return EmbedClasses.Any(c => element.ClassList.Contains(c))
            || classes.Contains("embed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the class or id names page furniture: a byline, a dateline, a share bar, related links, comments, tags.</summary>
    public static bool NamesBoilerplate(IElement element) => Boilerplate().IsMatch(ClassAndId(element));

    /// <summary>Whether the class or id names an advert.</summary>
    public static bool NamesAdvert(IElement element) => Advert().IsMatch(ClassAndId(element));

    /// <summary>Whether the class or id names something around the article rather than in it: related, share, social, newsletter, comments, adverts.</summary>
    public static bool NamesSurroundings(IElement element) =>
        Surroundings().IsMatch(ClassAndId(element)) || NamesAdvert(element);

    private static string ClassAndId(IElement element) => $"{element.ClassName} {element.Id}";

    [GeneratedRegex("byline|author|dateline|meta|share|related|newsletter|subscribe|comment|tags|breadcrumb", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Boilerplate();

    [GeneratedRegex("related|share|social|newsletter|subscribe|comment|promo", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Surroundings();

    [GeneratedRegex(@"(?:^|[\s_-])(?:ad|ads|adslot|ad-slot|advert\w*|sponsor\w*|dfp)(?:$|[\s_-])|advertisement", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Advert();
}
