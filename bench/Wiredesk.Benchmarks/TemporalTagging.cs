using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Text;
using Wiredesk.Core.Time;

namespace Wiredesk.Benchmarks;

/// <summary>
/// Tagging the time expressions of one news article of about 500 words (written for this benchmark, dense with
/// dates); one operation is one article.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TemporalTagging
{
    private const string Article = """
        Harbor talks resume as ferry union weighs new strike

        PORTHEAVEN — Negotiators for the ferry operators and the dockworkers' union will meet again on Monday, the third round of talks in two weeks, after a 48-hour stoppage last week stranded thousands of passengers.

        The union's leader, Mara Velt, said on Wednesday that members had voted to hold a second strike in mid-June if no agreement was reached by May 31. "We have waited more than three years for a pay offer that keeps up with prices," she told reporters late on Tuesday. "Our members cannot wait another summer."

        The operators, who carried 2,882,015 passengers in 2024, say the union's demand of a 9% rise each year until 2027 would cost them about 40 million a year. Their spokesman said the companies had offered 4% this year and 3% next year, and that the offer made on April 28 remained on the table.

        The dispute began in early 2022, when the port authority cut pilot numbers during the winter. Since then, ferries have run late on most days, and the union says crews have worked 12-hour shifts every week for months. In March 2023 an independent review found that pilots had been on duty for up to 16 hours at a time.

        The two sides last met on 14–15 May at the harbor office. Both said the meeting was useful, but no date was set for a vote. A mediator appointed by the regional government, Tomas Ardell, is expected to publish his proposals this Thursday, and the union will consult its 1,500 members over the weekend.

        Ferry traffic normally peaks between June 24-25, when the midsummer festival draws visitors from the mainland. Hotels said bookings for the festival were down about a quarter compared with the same period of 2024. "Last year's strike in July cost us a full week of trade," said the head of the hotel association. "Nobody wants that again."

        The port's finances have weakened since the 1990s, when the main container line moved north. Revenue fell in the third quarter and again in the fourth quarter, the authority said in its annual report, published yesterday. It expects the deficit to narrow by mid-2026, and it plans to review fares every six months.

        Passengers interviewed at the terminal at 7:30 a.m. on Thursday were resigned. "I have been commuting for twenty years and I have never seen a summer like the one we had in 2023," said one. Another said she had missed two hospital appointments in the past month.

        The ministry of transport said on Friday that it would step in if the strike went ahead, though it gave no details. A decision is due next month. Talks are scheduled to continue daily until the end of May, with a break on Sunday.

        The harbor master said the first ferries would sail at 5 a.m. tomorrow as usual and that the timetable for the weekend would be published tonight. Crews were told to report for duty by 4:45 a.m. A two-day inspection of the ferries will take place next week, the third such inspection this year.

        The union has called strikes four times in the last decade. The longest, in the autumn of 2019, lasted 11 days and cost the operators an estimated 8 million. Officials now hope a deal can be signed before the summer season begins.
        """;

    private static readonly DateOnly Published = new(2025, 5, 15);
    private readonly TemporalTagger _tagger = new();

    [Benchmark]
    public int TagArticle() => _tagger.Tag(Article, new TextSpan(0, Article.Length), Published).Count;
}
