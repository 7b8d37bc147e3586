using Wiredesk.Core.Ingest;
using Wiredesk.Core.Report;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Report;

public sealed class ReportBuilderTests
{
    [Fact]
    public void The_report_names_fields_as_the_contract_says_and_paragraph_text_is_its_span()
    {
        var document = Clean.Text("date 2026-03-04\nFerry strikes ship\n\nPORTHEAVEN\n\nA ferry struck a ship on Tuesday.");
        var problem = new ReadProblem("bad.jsonl", 3, "not JSON", ProblemSeverity.Error);

        var json = ReportJson.Serialize(ReportBuilder.Build([document], [problem]));

        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var only = root.GetProperty("documents")[0];
        Assert.Equal("fixture", only.GetProperty("id").GetString());
        Assert.Equal("Ferry strikes ship", only.GetProperty("title").GetString());
        Assert.Equal("PORTHEAVEN", only.GetProperty("dateline").GetString());
        Assert.Equal("2026-03-04", only.GetProperty("published").GetString());
        Assert.Equal("metadata", only.GetProperty("publishedFrom").GetString());
        Assert.Equal("text", only.GetProperty("format").GetString());
        foreach (var paragraph in only.GetProperty("paragraphs").EnumerateArray())
        {
            var start = paragraph.GetProperty("start").GetInt32();
            var length = paragraph.GetProperty("length").GetInt32();
            Assert.Equal(document.Text.Substring(start, length), paragraph.GetProperty("text").GetString());
        }

        Assert.Equal(0, root.GetProperty("reuse").GetArrayLength());
        Assert.Equal(0, root.GetProperty("stories").GetArrayLength());
        Assert.Equal("error", root.GetProperty("problems")[0].GetProperty("severity").GetString());
        Assert.Equal(3, root.GetProperty("problems")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Non_ascii_letters_are_written_as_themselves()
    {
        var document = Clean.Text("Türkiye hosts the ministers\n\nErdoğan received them on Tuesday.");

        var json = ReportJson.Serialize(ReportBuilder.ToReport(document));

        Assert.Contains("Türkiye hosts the ministers", json);
        Assert.Contains("Erdoğan", json);
    }
}
