using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Wiredesk.Core.Ingest;

/// <summary>Parses HTML with AngleSharp, never running scripts and never loading anything.</summary>
internal static class HtmlDocuments
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    /// <summary>Parses <paramref name="html"/> into a document; bad markup is repaired as browsers do, never rejected.</summary>
    /// <exception cref="InvalidDataException">The markup nests elements so deeply that parsing it would take minutes (see <see cref="HtmlNesting"/>).</exception>
    public static IDocument Parse(string html)
    {
        if (HtmlNesting.IsTooDeep(html))
        {
            throw new InvalidDataException($"the HTML nests elements more than {HtmlNesting.MaxDepth} deep; markup like that is refused");
        }

        return new HtmlParser(Options).ParseDocument(html);
    }

    /// <summary>Whether <paramref name="html"/> is a whole page rather than a fragment.</summary>
    public static bool LooksLikePage(string html) =>
        html.Contains("<html", StringComparison.OrdinalIgnoreCase) || html.Contains("<body", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the input stops early: inside a tag, or without the <c>&lt;/html&gt;</c> it opened with.</summary>
    public static bool LooksTruncated(string html)
    {
        var trimmed = html.TrimEnd();
        if (trimmed.LastIndexOf('<') > trimmed.LastIndexOf('>'))
        {
            return true;
        }

        return trimmed.Contains("<html", StringComparison.OrdinalIgnoreCase)
            && !trimmed.Contains("</html", StringComparison.OrdinalIgnoreCase);
    }
}
