using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2025-03-03", "2025-03-03")]
    [InlineData("2025/03/03", "2025-03-03")]
    [InlineData("20250303", "2025-03-03")]
    [InlineData("March 3, 2025", "2025-03-03")]
    [InlineData("Mar 3, 2025", "2025-03-03")]
    [InlineData("3 March 2025", "2025-03-03")]
    [InlineData("Monday, March 3, 2025", "2025-03-03")]
    public void A_date_without_a_time_gives_only_the_date(string text, string expected)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Null(date.At);
    }

    [Theory]
    [InlineData("2025-03-03T09:15:00+02:00", "2025-03-03T09:15:00+02:00")]
    [InlineData("2025-03-03T09:15:00.123Z", "2025-03-03T09:15:00.123+00:00")]
    [InlineData("2025-03-03T09:15+0200", "2025-03-03T09:15:00+02:00")]
    [InlineData("2025-03-03 09:15:00", "2025-03-03T09:15:00+00:00")]
    [InlineData("March 3, 2025 9:15 AM", "2025-03-03T09:15:00+00:00")]
    [InlineData("Mon, 03 Mar 2025 09:15:00 -0500", "2025-03-03T09:15:00-05:00")]
    public void A_date_with_a_time_gives_the_instant_and_the_date_as_written(string text, string expected)
    {
        Assert.True(DateText.TryParse(text, out var date));
        var at = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(at, date.At);
        Assert.Equal(at.Offset, date.At!.Value.Offset);
        Assert.Equal(new DateOnly(2025, 3, 3), date.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("3/4")]
    [InlineData("March 3")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01T00:00:00Z")]
    [InlineData("Mon, 03 Foo 2025 09:15:00 GMT")]
    [InlineData("Mon, 03 Mar 2025 25:15:00 GMT")]
    public void Nonsense_is_not_a_date(string text)
    {
        Assert.False(DateText.TryParse(text, out _));
    }
}
