using System.Xml;
using System.Text.RegularExpressions;
using Wiredesk.Core.Time;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>XML is never parsed with DTDs or external entities resolved (OWASP XXE guidance): every parser in src/ is set up so, and no unsafe API is used.</summary>
public sealed class XmlAuditTests
{
    [Fact]
    public void Every_xml_reader_prohibits_or_ignores_dtds_and_has_no_resolver()
    {
        var settings = Repository.SourceFiles().Where(f => f.Text.Contains("new XmlReaderSettings", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(settings);
        Assert.All(settings, f =>
        {
            Assert.Matches(@"DtdProcessing\s*=\s*DtdProcessing\.(?:Prohibit|Ignore)", f.Text);
            Assert.Matches(@"XmlResolver\s*=\s*null", f.Text);
        });
    }

    [Fact]
    public void Xml_is_only_ever_read_through_a_configured_xml_reader()
    {
        // Each of these parses with defaults of its own (or from a URL), not with the settings above.
        var unsafeApis = new Regex(@"\bnew\s+(?:XmlDocument|XmlTextReader|XPathDocument|DataSet)\b|\bX(?:Document|Element)\.(?:Parse|Load)\(\s*(?!reader\b)|\bSyndicationFeed\.Load\(");
        var offending = Repository.SourceFiles()
            .SelectMany(f => f.Text.Split('\n').Where(line => unsafeApis.IsMatch(line) || WithoutSettings(line)).Select(line => $"{f.Path}: {line.Trim()}"))
            .ToList();

        Assert.Empty(offending);
    }

    // XmlReader.Create(input) alone takes the default settings; every call must pass the audited ones.
    private static bool WithoutSettings(string line) =>
        line.Contains("XmlReader.Create(", StringComparison.Ordinal) && !Regex.IsMatch(line, @"XmlReader\.Create\(.*,\s*[Ss]ettings\)");

    [Fact]
    public void The_timeml_reader_does_not_expand_entities()
    {
        var markup = "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<TimeML><DOCID>d</DOCID><TEXT>&lol1; &xxe;</TEXT></TimeML>";

        var error = Assert.Throws<XmlException>(() => TimeMlReader.Parse(markup));

        Assert.Contains("undeclared entity", error.Message, StringComparison.Ordinal);
    }
}
