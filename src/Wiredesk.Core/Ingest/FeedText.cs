using System.Net;
using System.Text.RegularExpressions;
using Wiredesk.Core.Text;
using System.Xml.Linq;

namespace Wiredesk.Core.Ingest;

/// <summary>Small text helpers for feed markup: element values, titles without tags and entities, telling HTML from plain text.</summary>
internal static partial class FeedText
{
    /// <summary>The trimmed value of an element, or <see langword="null"/> when it is missing or blank.</summary>
    public static string? Value(XElement? element) => Clean(element?.Value);

    /// <summary>The trimmed value of an attribute, or <see langword="null"/> when it is missing or blank.</summary>
    public static string? Value(XAttribute? attribute) => Clean(attribute?.Value);

    /// <summary>A title as a reader sees it: tags stripped, entities decoded, whitespace collapsed.</summary>
    public static string? PlainTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(Tag().Replace(title, " "));
        return Clean(Whitespace().Replace(text, " "));
    }

    /// <summary>Plain text a feed wrote with HTML entities (<c>Tom &amp;amp; Jerry</c>), decoded.</summary>
    public static string PlainBody(string text) => WebUtility.HtmlDecode(text).Trim();

    /// <summary>Whether text holds HTML markup (a start or end tag) rather than plain words.</summary>
    public static bool LooksLikeHtml(string text) => Tag().IsMatch(text);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?\s*>", RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial Regex Whitespace();
}
