using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Tests.Cleaning;

public sealed class DateMentionsTests
{
    [Theory]
    [InlineData("in Antalya, on May 15, 2025.", "May 15, 2025", 2025, 5, 15)]
    [InlineData("News May 14, 2025 No Comments", "May 14, 2025", 2025, 5, 14)]
    [InlineData("Posted 4 March 2026 by the desk", "4 March 2026", 2026, 3, 4)]
    [InlineData("Sept. 3 2025, Velmar", "Sept. 3 2025", 2025, 9, 3)]
    [InlineData("the 21st of June, 2024", "21st of June, 2024", 2024, 6, 21)]
    [InlineData("updated 2026-03-06T07:00", "2026-03-06", 2026, 3, 6)]
    public void Full_dates_are_found_where_they_stand(string text, string written, int year, int month, int day)
    {
        var mention = Assert.Single(DateMentions.In(text, new TextSpan(0, text.Length)));

        Assert.Equal(new DateOnly(year, month, day), mention.Date);
        Assert.Equal(written, mention.Span.Of(text));
    }

    [Theory]
    [InlineData("on Wednesday")]
    [InlineData("May 15")]
    [InlineData("February 30, 2025")]
    [InlineData("2882015")]
    [InlineData("in 2022")]
    public void Partial_or_impossible_dates_are_not_full_dates(string text)
    {
        Assert.Empty(DateMentions.In(text, new TextSpan(0, text.Length)));
    }
}
