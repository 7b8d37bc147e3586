using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Time;

public sealed class TimeMlReaderTests
{
    internal const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>harbor_1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-15" functionInDocument="CREATION_TIME">May 15, 2025</TIMEX3></DCT>
        <TITLE>Ferry strike ends</TITLE>
        <TEXT>
        The strike <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2025-05-14">Wednesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3W" mod="MORE_THAN">three weeks</TIMEX3> &amp; talks.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Tags_are_stripped_and_timex_spans_point_into_the_plain_text()
    {
        var document = TimeMlReader.Parse(Document);

        Assert.Equal("harbor_1", document.Id);
        Assert.Equal(new DateOnly(2025, 5, 15), document.CreationTime);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
        Assert.Contains("ended on Wednesday after three weeks & talks.", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Timexes.Count);
        Assert.Equal(("Wednesday", "DATE", "2025-05-14"), (document.Timexes[0].Span.Of(document.Text), document.Timexes[0].Type, document.Timexes[0].Value));
        Assert.Equal(("three weeks", "MORE_THAN"), (document.Timexes[1].Span.Of(document.Text), document.Timexes[1].Mod));
    }
}
