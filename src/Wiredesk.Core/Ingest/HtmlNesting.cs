namespace Wiredesk.Core.Ingest;

/// <summary>
/// Estimates, in one linear pass and before any parsing, how deeply an HTML text nests its elements. The HTML parser
/// takes time that grows with the square of the nesting (each new block element searches the stack of open elements),
/// so a page of a hundred thousand nested elements would take minutes; such a page is refused instead. Void elements,
/// self-closed tags and the elements HTML closes by itself (<c>p</c>, <c>li</c>, table cells…) do not count.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting read; real pages nest a few dozen elements deep, and browsers flatten beyond 512.</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, which never hold anything.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "frame", "basefont", "isindex",
        // Elements whose end tag may be left out: the next sibling closes them.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
        "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>Whether <paramref name="html"/> nests elements deeper than <see cref="MaxDepth"/>.</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                i = SkipPast(html, i, html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? "-->" : ">");
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
            {
                return false;
            }

            var counted = !IsUncounted(name);
            if (closing)
            {
                depth = counted ? Math.Max(0, depth - 1) : depth;
            }
            else if (counted && html[end - 1] != '/')
            {
                if (++depth > MaxDepth)
                {
                    return true;
                }

                if (RawTextElement(name) is { } raw)
                {
                    end = SkipPast(html, end, "</" + raw) - 1;
                    depth--;
                }
            }

            i = end + 1;
        }

        return false;
    }

    private static bool IsUncounted(ReadOnlySpan<char> name) =>
        Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static string? RawTextElement(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return raw;
            }
        }

        return null;
    }

    // The index just past the next `marker` after `from`, or the end of the text.
    private static int SkipPast(string html, int from, string marker)
    {
        var found = html.IndexOf(marker, from + 1, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + marker.Length;
    }
}
