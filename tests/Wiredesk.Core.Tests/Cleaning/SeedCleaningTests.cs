using System.Text.Json;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Cleaning;

/// <summary>The seeds cleaned as the hand-made reference says. Skips when the shared data is missing.</summary>
public sealed class SeedCleaningTests
{
    public static TheoryData<string> SeedIds => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Title_dateline_and_date_match_the_reference(string seed)
    {
        var document = Seeds.Clean(seed);
        var gold = Seeds.GoldDocument(seed);

        Assert.Equal(Optional(gold, "title"), document.Title is null ? null : Seeds.Fold(document.Title));
        Assert.Equal(Optional(gold, "dateline"), document.Dateline is null ? null : Seeds.Fold(document.Dateline));
        Assert.Equal(gold.GetProperty("published").GetString(), document.Published?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void No_boilerplate_of_the_reference_stands_in_a_body_paragraph(string seed)
    {
        var document = Seeds.Clean(seed);
        var gold = Seeds.GoldDocument(seed);
        var bodies = document.ParagraphsOf(ParagraphKind.Body).Select(p => Seeds.Fold(document.TextOf(p))).ToList();

        foreach (var boilerplate in gold.GetProperty("boilerplate").EnumerateArray().Select(b => Seeds.Fold(b.GetString()!)))
        {
            Assert.DoesNotContain(bodies, body => body.Contains(boilerplate, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Section_headings_of_the_reference_are_headings(string seed)
    {
        var document = Seeds.Clean(seed);
        var gold = Seeds.GoldDocument(seed);
        var headings = document.ParagraphsOf(ParagraphKind.Heading).Select(p => Seeds.Fold(document.TextOf(p))).ToList();
        var expected = gold.GetProperty("section_headings").EnumerateArray().Select(h => Seeds.Fold(h.GetString()!)).ToList();

        Assert.Equal(expected, headings);
    }

    [Fact]
    public void The_tweet_in_003_is_an_embed_with_its_author_handle_and_date()
    {
        var document = Seeds.Clean("003");
        var gold = Seeds.GoldDocument("003").GetProperty("embedded_posts")[0];

        var embed = Assert.Single(document.ParagraphsOf(ParagraphKind.Embed));
        Assert.NotNull(embed.Embed);
        Assert.Equal(gold.GetProperty("author").GetString(), embed.Embed.Author);
        Assert.Equal(gold.GetProperty("handle").GetString(), embed.Embed.Handle);
        Assert.Equal(gold.GetProperty("date").GetString(), embed.Embed.Date?.ToString("yyyy-MM-dd"));
        Assert.StartsWith(Seeds.Fold(gold.GetProperty("prefix").GetString()!), Seeds.Fold(embed.Embed.PostSpan.Of(document.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_repeated_at_the_top_of_004_is_one_title()
    {
        var document = Seeds.Clean("004");
        var titleKey = Seeds.Fold(document.Title!);

        var title = Assert.Single(document.ParagraphsOf(ParagraphKind.Title));
        var copies = document.Paragraphs.Where(p => Seeds.Fold(document.TextOf(p)) == titleKey).ToList();
        Assert.Equal(3, copies.Count);
        Assert.All(copies.Where(p => p != title), p => Assert.Equal((ParagraphKind.Boilerplate, "repeated-title"), (p.Kind, p.Rule)));
    }

    [Fact]
    public void The_date_of_004_comes_from_its_photo_caption()
    {
        var document = Seeds.Clean("004");
        var gold = Seeds.GoldDocument("004");

        Assert.Equal(PublishedFrom.Caption, document.PublishedFrom);
        var caption = Assert.Single(document.ParagraphsOf(ParagraphKind.Caption));
        Assert.StartsWith(Seeds.Fold(gold.GetProperty("captions")[0].GetString()!), Seeds.Fold(document.TextOf(caption)), StringComparison.Ordinal);
        Assert.True(document.PublishedSpan is { } span && span.Start >= caption.Span.Start && span.End <= caption.Span.End);
    }

    [Fact]
    public void The_date_of_003_comes_from_its_meta_line_not_from_the_tweet()
    {
        var document = Seeds.Clean("003");

        Assert.Equal(PublishedFrom.Byline, document.PublishedFrom);
    }

    private static string? Optional(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : Seeds.Fold(element.GetProperty(name).GetString()!);
}
