using System.Globalization;
using System.Xml.Linq;

namespace Wiredesk.Eval;

/// <summary>
/// Reads PETRARCH's validation records (<c>PETR.UnitTest.records.xml</c>): every <c>Sentence</c> in document order
/// with its <c>EventCoding</c> triples (or <c>noevents</c>, or an expected <c>error</c>), following the
/// <c>&lt;Config option="require_dyad"&gt;</c> switches between sentences (other options are ignored).
/// </summary>
internal static class PetrRecordsFile
{
    public static List<PetrRecord> Read(string path)
    {
        var document = XDocument.Load(path);
        var records = new List<PetrRecord>();
        var requireDyad = true;
        foreach (var element in document.Descendants())
        {
            if (element.Name.LocalName == "Config" && string.Equals((string?)element.Attribute("option"), "require_dyad", StringComparison.OrdinalIgnoreCase))
            {
                requireDyad = bool.Parse(((string?)element.Attribute("value") ?? "true").Trim());
            }
            else if (element.Name.LocalName == "Sentence")
            {
                records.Add(Record(element, requireDyad));
            }
        }

        return records;
    }

    private static PetrRecord Record(XElement sentence, bool requireDyad)
    {
        var expected = new List<(string, string, string)>();
        var noEvents = false;
        string? error = null;
        foreach (var coding in sentence.Elements("EventCoding"))
        {
            if (coding.Attribute("eventcode") is { } code)
            {
                expected.Add((Clean((string?)coding.Attribute("sourcecode")), Clean((string?)coding.Attribute("targetcode")), Clean(code.Value)));
            }
            else if (coding.Attribute("noevents") is not null)
            {
                noEvents = true;
            }
            else if (coding.Attribute("error") is { } e)
            {
                error = e.Value;
            }
        }

        var date = (string?)sentence.Attribute("date") is { } d && DateOnly.TryParseExact(d.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : (DateOnly?)null;
        return new PetrRecord(
            ((string?)sentence.Attribute("id") ?? "").Trim(),
            ((string?)sentence.Attribute("category") ?? "").Trim(),
            date,
            ((string?)sentence.Element("Text") ?? "").Trim(),
            ((string?)sentence.Element("Parse") ?? "").Trim(),
            expected,
            noEvents,
            error,
            requireDyad);
    }

    private static string Clean(string? value) => (value ?? "").Trim().Trim('"').Trim();
}
