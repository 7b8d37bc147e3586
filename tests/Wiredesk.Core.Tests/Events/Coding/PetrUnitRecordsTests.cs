using System.Globalization;
using System.Xml.Linq;
using Wiredesk.Core.Events.Coding;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Events.Coding;

/// <summary>The coder against PETRARCH's unit-test records and validation dictionaries, when the shared data is present.</summary>
public sealed class PetrUnitRecordsTests
{
    [Fact]
    public void Most_sentences_with_an_expected_code_get_exactly_the_expected_codes()
    {
        var folder = SharedData.Path("bench", "events", "petrarch-validate-dictionaries");
        var records = SharedData.Path("bench", "events", "PETR.UnitTest.records.xml");
        string Read(string name) => File.ReadAllText(Path.Combine(folder, name));
        var coder = new EventCoder(CodingDictionaries.Parse(
            ("PETR.Validate.verbs.txt", Read("PETR.Validate.verbs.txt")),
            ("PETR.Validate.actors.txt", Read("PETR.Validate.actors.txt")),
            ("PETR.Validate.agents.txt", Read("PETR.Validate.agents.txt")),
            ("PETR.Validate.discards.txt", Read("PETR.Validate.discards.txt"))));

        int withCodes = 0, exactWithParse = 0, exactFromText = 0;
        var requireDyad = true;
        foreach (var element in XDocument.Load(records).Descendants())
        {
            if (element.Name.LocalName == "Config" && (string?)element.Attribute("option") == "require_dyad")
            {
                requireDyad = bool.Parse(((string?)element.Attribute("value"))!.Trim());
                continue;
            }

            var expected = element.Name.LocalName == "Sentence"
                ? element.Elements("EventCoding").Select(e => (string?)e.Attribute("eventcode")).OfType<string>().ToHashSet()
                : [];
            if (expected.Count == 0)
            {
                continue;
            }

            withCodes++;
            var text = ((string)element.Element("Text")!).Trim();
            var date = DateOnly.ParseExact(((string)element.Attribute("date")!).Trim(), "yyyyMMdd", CultureInfo.InvariantCulture);
            var options = new CodingOptions(requireDyad);
            var parsed = coder.Code(text, TreebankReader.Read(((string)element.Element("Parse")!).Trim()), date, options);
            exactWithParse += parsed.Events.Select(e => e.Code).ToHashSet().SetEquals(expected) ? 1 : 0;
            exactFromText += coder.Code(text, date, options).Events.Select(e => e.Code).ToHashSet().SetEquals(expected) ? 1 : 0;
        }

        Assert.Equal(257, withCodes);

        // Measured: 241 of 257 (93.8%) with the parses, 238 (92.6%) from plain text; a small margin below.
        Assert.InRange((double)exactWithParse / withCodes, 0.90, 1.0);
        Assert.InRange((double)exactFromText / withCodes, 0.88, 1.0);
    }
}
