using System.Text.RegularExpressions;
using Wiredesk.Core.Text;
using System.Xml;
using System.Xml.Linq;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Loads feed XML safely: no DTDs (so no entity expansion and no external entities), no external resources, no nesting
/// deeper than <see cref="MaxDepth"/> (building a tree of deeper XML takes time that grows with the square of the depth),
/// line numbers kept for problems.
/// </summary>
internal static partial class FeedXml
{
    /// <summary>The deepest element nesting read; a feed item nests a handful of elements deep.</summary>
    public const int MaxDepth = 256;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses <paramref name="xml"/>; on failure, says why and on which line and column.</summary>
    public static XDocument? TryLoad(string xml, out string? error, out int? line)
    {
        error = null;
        line = null;
        var start = 0;
        while (start < xml.Length && (char.IsWhiteSpace(xml[start]) || xml[start] == '\uFEFF'))
        {
            start++;
        }

        var skippedLines = xml.AsSpan(0, start).Count('\n');
        try
        {
            if (DeepestElement(xml[start..]) is { } deep)
            {
                line = deep + skippedLines;
                error = $"the feed nests elements more than {MaxDepth} deep (line {line}); markup like that is refused";
                return null;
            }

            using var reader = XmlReader.Create(new StringReader(xml[start..]), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            line = ex.LineNumber > 0 ? ex.LineNumber + skippedLines : null;
            var reason = Position().Replace(ex.Message, string.Empty).Trim();
            error = line is { } l
                ? $"not XML: {reason} (line {l}, column {ex.LinePosition})"
                : $"not XML: {reason}";
            return null;
        }
    }

    // One streaming pass that stops at the first element nested too deep, giving its line.
    private static int? DeepestElement(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                return reader is IXmlLineInfo info ? info.LineNumber : null;
            }
        }

        return null;
    }

    /// <summary>The line an element starts on, when known.</summary>
    public static int? LineOf(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Position();
}
