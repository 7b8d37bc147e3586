using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Tests.Support;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Tests.Cleaning;

public sealed class ArticleCleanerTests
{
    private const string WireStory = """
        date 2026-03-04
        Ferry strikes container ship in Portheaven harbor

        PORTHEAVEN

        A passenger ferry struck a container ship at the mouth of Portheaven harbor on Tuesday, injuring 17 people.

        "We are still counting the cost," said Port Authority chief Lena Markovic.

        Pilots in short supply

        The union said pilots had warned of the shortage for months.
        """;

    [Fact]
    public void A_leading_date_token_is_metadata_and_marked_furniture()
    {
        var document = Clean.Text(WireStory);

        Assert.Equal(new DateOnly(2026, 3, 4), document.Published);
        Assert.Equal(PublishedFrom.Metadata, document.PublishedFrom);
        var token = document.Paragraphs[0];
        Assert.Equal((ParagraphKind.Boilerplate, "date-line", "date 2026-03-04"), (token.Kind, token.Rule, document.TextOf(token)));
        Assert.Equal("2026-03-04", document.PublishedSpan!.Value.Of(document.Text));
    }

    [Fact]
    public void A_date_token_on_the_headline_line_is_split_from_it()
    {
        var document = Clean.Text("date 2026-03-06 Dockworkers end strike after pilot deal\n\nThe strike ended on Friday after talks through the night.");

        Assert.Equal("Dockworkers end strike after pilot deal", document.Title);
        Assert.Equal(new DateOnly(2026, 3, 6), document.Published);
    }

    [Fact]
    public void The_headline_dateline_headings_and_body_are_told_apart()
    {
        var document = Clean.Text(WireStory);

        Assert.Equal("Ferry strikes container ship in Portheaven harbor", document.Title);
        Assert.Equal("PORTHEAVEN", document.Dateline);
        Assert.Equal(
            [ParagraphKind.Boilerplate, ParagraphKind.Title, ParagraphKind.Dateline, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Heading, ParagraphKind.Body],
            document.Paragraphs.Select(p => p.Kind));
    }

    [Fact]
    public void A_headline_ending_in_a_quotation_is_still_a_title()
    {
        var document = Clean.Text("Farmers welcome water treaty: \"Now we will see if the gauge tells the truth\"\n\nBertil Haas has farmed near Tarnby for 31 years.");

        Assert.Equal("Farmers welcome water treaty: \"Now we will see if the gauge tells the truth\"", document.Title);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_not_a_title()
    {
        var document = Clean.Text("The ferry Serin Bay struck a container ship on Tuesday, the port said.\n\nSeventeen people were hurt.");

        Assert.Null(document.Title);
        Assert.All(document.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
    }

    [Fact]
    public void A_title_repeated_at_the_top_is_one_title_and_the_copies_are_furniture()
    {
        var document = Clean.Text("Strike ends at Portheaven docks\n\nStrike ends at Portheaven docks\nPORTHEAVEN\nStrike Ends At Portheaven Docks\n\nThe strike ended on Friday.");

        Assert.Single(document.ParagraphsOf(ParagraphKind.Title));
        Assert.Equal(2, document.Paragraphs.Count(p => p.Rule == "repeated-title"));
        Assert.Equal("PORTHEAVEN", document.Dateline);
    }

    [Fact]
    public void A_dateline_opening_the_first_paragraph_is_found_with_its_date()
    {
        var document = Clean.Text("VELMAR, March 5, 2026 (Harbor Wire) — Caldoria and Estmark signed the Orsa River treaty on Thursday.\n\nFarmers welcomed it.");

        Assert.Equal("VELMAR", document.Dateline);
        Assert.Equal(new DateOnly(2026, 3, 5), document.Published);
        Assert.Equal(PublishedFrom.Dateline, document.PublishedFrom);
        Assert.Equal(ParagraphKind.Body, document.Paragraphs[0].Kind);
    }

    [Fact]
    public void An_article_that_names_no_outlet_is_known_by_the_agency_its_dateline_credits()
    {
        var credited = Clean.Text("VELMAR, March 5, 2026 (Harbor Wire) — Caldoria and Estmark signed the Orsa River treaty on Thursday.\n\nFarmers welcomed it.");
        var uncredited = Clean.Text("VELMAR, March 5, 2026 — Caldoria and Estmark signed the Orsa River treaty on Thursday.\n\nFarmers welcomed it.");
        var line = """{"source":"Valley Signal","published":"2026-03-05","title":"Treaty signed","text":"VELMAR (Harbor Wire) - Caldoria and Estmark signed the Orsa River treaty on Thursday.\n\nFarmers welcomed it."}""";
        var named = new ArticleCleaner().Clean(Assert.Single(JsonLinesParser.Parse("treaty", line, "treaty.jsonl").Articles));

        Assert.Equal("Harbor Wire", credited.Source);
        Assert.Null(uncredited.Source);
        Assert.Equal("Valley Signal", named.Source);
        Assert.Equal("VELMAR", named.Dateline);
    }

    [Theory]
    [InlineData("World, Business March 4, 2026 No Comments on Ferry strikes ship4 minute read", "reading-time")]
    [InlineData("Posted on March 4, 2026 by Harbor Desk", "meta-line")]
    [InlineData("Related Harbor Wire - Dockworkers threaten strike over pilot shortage", "related-link")]
    [InlineData("READ MORE: Quillon Systems confirms payroll breach", "related-link")]
    [InlineData("Leave a comment", "comment-prompt")]
    [InlineData("12 Comments", "meta-line")]
    [InlineData("Share this article", "page-furniture")]
    [InlineData("Sign up for our morning newsletter", "page-furniture")]
    [InlineData("Advertisement", "page-furniture")]
    [InlineData("© 2026 The Lakeside Courier. All rights reserved.", "page-furniture")]
    [InlineData("Additional reporting by Ana Petrov", "credit-line")]
    [InlineData("(Reporting by Ana Petrov; editing by Jon Dale)", "credit-line")]
    [InlineData("(Reporting by Ana Petrov in Velmar and Jon Dale in Veska; Editing by Mira Holt)", "credit-line")]
    [InlineData("(Reporting by Ana Petrov)", "credit-line")]
    [InlineData("By Ana Petrov, Harbor Wire", "byline")]
    [InlineData("https://example.org/a/story", "link-only")]
    public void Page_furniture_is_kept_and_marked_with_its_rule(string line, string rule)
    {
        var document = Clean.Text($"The ferry struck a ship on Tuesday, the port said.\n\n{line}\n\nSeventeen people were hurt in the collision.");

        var paragraph = Clean.Find(document, line);
        Assert.Equal((ParagraphKind.Boilerplate, rule), (paragraph.Kind, paragraph.Rule));
    }

    [Fact]
    public void A_byline_names_the_author()
    {
        var document = Clean.Text("The ferry struck a ship on Tuesday, the port said.\n\nBy Ana Petrov, Harbor Wire\n\nSeventeen people were hurt.");

        Assert.Equal("Ana Petrov", document.Author);
    }

    [Fact]
    public void A_meta_line_date_is_the_publication_date_found_in_the_byline()
    {
        var document = Clean.Text("Ferry strikes ship in Portheaven\nWorld, Business March 4, 2026 No Comments on Ferry strikes ship in Portheaven4 minute read\nThe ferry struck a ship on Tuesday.");

        Assert.Equal(new DateOnly(2026, 3, 4), document.Published);
        Assert.Equal(PublishedFrom.Byline, document.PublishedFrom);
        Assert.Equal("March 4, 2026", document.PublishedSpan!.Value.Of(document.Text));
    }

    [Theory]
    [InlineData("(From L) Minister Tomas Reyvel and Lena Markovic pose for a photo in Portheaven, on March 5, 2026.", "caption-opening")]
    [InlineData("Photo: Dockworkers march past the harbor gate.", "caption-opening")]
    [InlineData("Dockworkers march past the harbor gate on Friday. (Photo: Harbor Wire)", "photo-credit")]
    [InlineData("Dockworkers march past the harbor gate. REUTERS/Ana Petrov", "photo-credit")]
    [InlineData("Tractors stand idle beside a dry channel near Tarnby. Photo: Northgate Post/Emil Sarkka", "photo-credit")]
    public void Photo_captions_are_captions(string line, string rule)
    {
        var document = Clean.Text($"The strike ended on Friday, the union said.\n\n{line}\n\nWork resumed at dawn.");

        var paragraph = Clean.Find(document, line[..10]);
        Assert.Equal((ParagraphKind.Caption, rule), (paragraph.Kind, paragraph.Rule));
    }

    [Fact]
    public void A_caption_date_gives_the_publication_date_when_nothing_better_does()
    {
        var document = Clean.Text("(From L) Minister Tomas Reyvel and Lena Markovic pose for a photo in Portheaven, on March 5, 2026.\n\nThe strike ended on Friday.");

        Assert.Equal(new DateOnly(2026, 3, 5), document.Published);
        Assert.Equal(PublishedFrom.Caption, document.PublishedFrom);
    }

    [Fact]
    public void A_file_photo_caption_does_not_date_the_article()
    {
        var document = Clean.Text("FILE PHOTO: The Serin Bay ferry in Portheaven, on June 2, 2019.\n\nThe strike ended on Friday.");

        Assert.Null(document.Published);
        Assert.Equal(PublishedFrom.None, document.PublishedFrom);
    }

    [Fact]
    public void A_post_and_its_signature_line_are_one_embed_with_author_handle_and_date()
    {
        var document = Clean.Text("""
            The minister spoke on Tuesday.
            Seventeen people were hurt. Our thoughts are with them and their families tonight. pic.twitter.com/Xy12Ab
            — Lena Markovic (@LenaMarkovicPA) March 4, 2026
            Work resumed at dawn.
            """);

        var embed = Assert.Single(document.ParagraphsOf(ParagraphKind.Embed));
        Assert.Equal(new EmbeddedPost(embed.Embed!.PostSpan, "Lena Markovic", "@LenaMarkovicPA", new DateOnly(2026, 3, 4), "pic.twitter.com/Xy12Ab"), embed.Embed);
        Assert.EndsWith("pic.twitter.com/Xy12Ab", embed.Embed.PostSpan.Of(document.Text), StringComparison.Ordinal);
        Assert.EndsWith("March 4, 2026", document.TextOf(embed), StringComparison.Ordinal);
        Assert.Equal(3, document.Paragraphs.Count);
        Assert.Equal(PublishedFrom.Embed, document.PublishedFrom);
    }

    [Fact]
    public void A_paragraph_ending_in_a_post_link_is_an_embed_even_without_a_signature()
    {
        var document = Clean.Text("The minister spoke on Tuesday.\n\nWe are with Portheaven tonight. pic.twitter.com/Qq34Zz\n\nWork resumed at dawn.");

        var embed = Assert.Single(document.ParagraphsOf(ParagraphKind.Embed));
        Assert.Equal("pic.twitter.com/Qq34Zz", embed.Embed!.Url);
    }

    [Fact]
    public void A_bullet_heading_is_a_heading_without_its_bullet()
    {
        var document = Clean.Text("The strike ended on Friday, the union said.\n- Pilots return to work\nThe first ships sailed at dawn.");

        var heading = Assert.Single(document.ParagraphsOf(ParagraphKind.Heading));
        Assert.Equal(("bullet-heading", "Pilots return to work"), (heading.Rule, document.TextOf(heading)));
    }

    [Theory]
    [InlineData("“The talks may open a new chapter.”")]
    [InlineData("Rutte said:")]
    [InlineData("the rest of the sentence")]
    public void Short_lines_that_end_a_sentence_or_start_lower_case_stay_body(string line)
    {
        var document = Clean.Text($"The strike ended on Friday, the union said.\n\n{line}\n\nThe first ships sailed at dawn.");

        Assert.Equal(ParagraphKind.Body, Clean.Find(document, line).Kind);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined()
    {
        var text = string.Join('\n',
            "The ferry Serin Bay struck the container ship Kestrel Dawn at the mouth",
            "of Portheaven harbor on Tuesday evening, injuring seventeen passengers and",
            "two crew members, the port authority said in a statement late at night.",
            "",
            "Investigators from the maritime safety board arrived on Wednesday and said",
            "they would examine the ferry's radar logs and the pilot roster for the day",
            "of the collision before publishing a first report within thirty days.");

        var document = Clean.Text(text);

        Assert.Equal(2, document.Paragraphs.Count);
        Assert.Equal(text.IndexOf("Investigators", StringComparison.Ordinal), document.Paragraphs[1].Span.Start);
    }

    [Fact]
    public void Markup_hints_decide_headings_captions_embeds_and_furniture()
    {
        var blocks = new[] { "Orsa treaty signed", "By Ana Petrov", "Leaders sign the treaty in Velmar.", "Text of the post\n— Caldoria Gov (@CaldoriaGov) March 5, 2026", "What it means", "The treaty shares the river's water." };
        var text = string.Join("\n\n", blocks);
        var hints = new[] { BlockHint.Heading, BlockHint.Boilerplate, BlockHint.Caption, BlockHint.Embed, BlockHint.Heading, BlockHint.None };
        var spans = new List<RawBlock>();
        var at = 0;
        for (var i = 0; i < blocks.Length; i++)
        {
            spans.Add(new RawBlock(new TextSpan(at, blocks[i].Length), hints[i]));
            at += blocks[i].Length + 2;
        }

        var document = Clean.Raw(new RawArticle
        {
            Id = "page",
            Format = InputFormat.Html,
            Text = text,
            ContentHash = ContentHash.Of(text),
            Blocks = spans,
            Metadata = new ArticleMetadata { Title = "Orsa treaty signed | Lakeside Courier" },
        });

        Assert.Equal(
            [ParagraphKind.Title, ParagraphKind.Boilerplate, ParagraphKind.Caption, ParagraphKind.Embed, ParagraphKind.Heading, ParagraphKind.Body],
            document.Paragraphs.Select(p => p.Kind));
        Assert.Equal("Ana Petrov", document.Author);
        Assert.Equal(("Caldoria Gov", "@CaldoriaGov"), (document.Paragraphs[3].Embed!.Author, document.Paragraphs[3].Embed!.Handle));
        Assert.Equal(PublishedFrom.Embed, document.PublishedFrom);
    }

    [Fact]
    public void Metadata_dates_win_over_dates_in_the_text()
    {
        var text = "(From L) Two ministers in Velmar, on March 5, 2026.\n\nThe treaty was signed.";
        var document = Clean.Raw(new RawArticle
        {
            Id = "x",
            Format = InputFormat.Html,
            Text = text,
            ContentHash = ContentHash.Of(text),
            Metadata = new ArticleMetadata { Published = new DateOnly(2026, 3, 6), PublishedAt = new DateTimeOffset(2026, 3, 6, 7, 0, 0, TimeSpan.FromHours(1)) },
        });

        Assert.Equal((new DateOnly(2026, 3, 6), PublishedFrom.Metadata), (document.Published, document.PublishedFrom));
        Assert.Equal(7, document.PublishedAt!.Value.Hour);
    }

    [Theory]
    [InlineData("date 2026-03-04\nTitle here now\n\nBody one.\n\n- Bullet heading\nBody two. pic.twitter.com/x1\n— A (@b) March 4, 2026\n\nLeave a comment")]
    [InlineData("\r\n\r\nCRLF text line one.\r\nAnd two.\r\n")]
    [InlineData("one line only")]
    public void Paragraphs_lie_in_order_inside_the_text_and_never_overlap(string text)
    {
        var document = Clean.Text(text);

        Assert.Same(text, document.Text);
        var end = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            Assert.True(paragraph.Span.Start >= end && paragraph.Span.FitsIn(text.Length) && paragraph.Span.Length > 0);
            Assert.Equal(document.TextOf(paragraph).Trim(), document.TextOf(paragraph));
            end = paragraph.Span.End;
        }
    }
}
