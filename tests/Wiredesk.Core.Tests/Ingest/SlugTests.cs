using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Harbour Bridge Opens", "harbour-bridge-opens")]
    [InlineData("  --Ferry & bus: one timetable!--  ", "ferry-bus-one-timetable")]
    [InlineData("Café in São Paulo über Straße", "cafe-in-sao-paulo-uber-strasse")]
    [InlineData("Łódź, Øresund, Æsir", "lodz-oresund-aesir")]
    [InlineData("2025 budget", "2025-budget")]
    [InlineData("Новости", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_becomes_lower_case_ascii_with_single_dashes(string? text, string expected)
    {
        Assert.Equal(expected, Slug.Of(text));
    }

    [Fact]
    public void A_long_title_is_cut_to_sixty_characters_without_a_trailing_dash()
    {
        var slug = Slug.Of("The harbour board met on Thursday evening and agreed a new schedule of fees for visiting yachts");

        Assert.True(slug.Length <= 60);
        Assert.Equal("the-harbour-board-met-on-thursday-evening-and-agreed-a-new-s", slug);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void A_cut_falling_on_a_separator_leaves_no_dash()
    {
        Assert.Equal("abcd", Slug.Of("abcd efgh", maxLength: 5));
    }
}
