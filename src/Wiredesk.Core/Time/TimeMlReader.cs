using System.Globalization;
using System.Text;
using System.Xml;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Time;

/// <summary>Reads TimeML markup (TempEval-3 .tml) from a string: strips the tags of TEXT and keeps the TIMEX3 spans.</summary>
public static class TimeMlReader
{
    /// <summary>Parses one TimeML document.</summary>
    /// <exception cref="XmlException">The markup is not well-formed XML.</exception>
    public static TimeMlDocument Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(markup), settings);
        var id = "";
        DateOnly? creation = null;
        var text = new StringBuilder();
        var timexes = new List<TimeMlTimex>();
        var inText = false;
        var inDocId = false;
        var inDct = false;
        (int Start, string Type, string Value, string? Mod)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.Name)
                    {
                        case "TEXT":
                            inText = !reader.IsEmptyElement;
                            break;
                        case "DOCID":
                            inDocId = !reader.IsEmptyElement;
                            break;
                        case "DCT":
                            inDct = !reader.IsEmptyElement;
                            break;
                        case "TIMEX3" when inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME":
                            creation ??= DayOf(reader.GetAttribute("value"));
                            break;
                        case "TIMEX3" when inText && !reader.IsEmptyElement:
                            open = (text.Length, reader.GetAttribute("type") ?? "", reader.GetAttribute("value") ?? "", reader.GetAttribute("mod"));
                            break;
                    }

                    break;
                case XmlNodeType.EndElement:
                    switch (reader.Name)
                    {
                        case "TEXT":
                            inText = false;
                            break;
                        case "DOCID":
                            inDocId = false;
                            break;
                        case "DCT":
                            inDct = false;
                            break;
                        case "TIMEX3" when inText && open is { } started:
                            var span = TextSpan.FromBounds(started.Start, text.Length);
                            timexes.Add(new TimeMlTimex(span, text.ToString(span.Start, span.Length), started.Type, started.Value, started.Mod));
                            open = null;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    if (inText)
                    {
                        text.Append(reader.Value);
                    }
                    else if (inDocId)
                    {
                        id += reader.Value.Trim();
                    }

                    break;
            }
        }

        return new TimeMlDocument(id, text.ToString(), creation, timexes);
    }

    private static DateOnly? DayOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
