using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class HtmlArticleParserTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Harbour bridge opens to traffic | The Coastal Ledger</title>
          <meta property="og:site_name" content="The Coastal Ledger">
          <link rel="canonical" href="https://www.coastal-ledger.example/news/2025/03/03/harbour-bridge-opens.html">
          <script>document.write("TRACKER SECRET");</script>
          <style>.x { color: red }</style>
        </head>
        <body>
          <header class="site-header"><a href="/">Coastal Ledger home</a></header>
          <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <article>
            <header>
              <h1>Harbour bridge opens to traffic</h1>
              <div class="byline">By Mira Oakes</div>
            </header>
            <p>The new harbour bridge opened to cars on Monday, two years after the first pile was driven.</p>
            <p>City engineers said   the span
               would carry 20,000 vehicles a day.</p>
            <h2>What changes for commuters</h2>
            <ul><li>Buses move to the new lane.</li><li>The ferry keeps its timetable.</li></ul>
            <figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn on Monday.</figcaption></figure>
            <blockquote><p>It is a good day for the harbour.</p></blockquote>
            <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Glad to open the new harbour bridge today <a href="https://t.co/AbC">pic.twitter.com/AbC123xyz</a></p>&mdash; Jane Mayor (@MayorJane) <a href="https://twitter.com/MayorJane/status/1">March 3, 2025</a></blockquote>
            <div>Line one<br>line two</div>
            <script>var leaked = "SCRIPT TEXT";</script>
            <aside class="related-links"><a href="/x">Related: ferry fares rise</a></aside>
            <div class="share-tools">Share this story</div>
          </article>
          <footer><p>Copyright The Coastal Ledger</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void An_article_page_gives_its_blocks_in_document_order_with_their_hints()
    {
        var article = Blocks.Single(HtmlArticleParser.Parse("bridge", Page, "pages/bridge.html"));

        Assert.Equal(
            [
                ("Harbour bridge opens to traffic", BlockHint.Heading),
                ("By Mira Oakes", BlockHint.Boilerplate),
                ("The new harbour bridge opened to cars on Monday, two years after the first pile was driven.", BlockHint.None),
                ("City engineers said the span would carry 20,000 vehicles a day.", BlockHint.None),
                ("What changes for commuters", BlockHint.Heading),
                ("Buses move to the new lane.", BlockHint.ListItem),
                ("The ferry keeps its timetable.", BlockHint.ListItem),
                ("The bridge at dawn on Monday.", BlockHint.Caption),
                ("It is a good day for the harbour.", BlockHint.None),
                ("Glad to open the new harbour bridge today pic.twitter.com/AbC123xyz\n— Jane Mayor (@MayorJane) March 3, 2025", BlockHint.Embed),
                ("Line one\nline two", BlockHint.None),
                ("Share this story", BlockHint.Boilerplate),
            ],
            Blocks.Of(article));
    }

    [Fact]
    public void The_article_carries_its_id_origin_format_and_the_hash_of_the_page()
    {
        var article = Blocks.Single(HtmlArticleParser.Parse("bridge", Page, "pages/bridge.html"));

        Assert.Equal("bridge", article.Id);
        Assert.Equal("pages/bridge.html", article.Origin);
        Assert.Equal(InputFormat.Html, article.Format);
        Assert.Equal(ContentHash.Of(Page), article.ContentHash);
    }

    [Fact]
    public void Script_style_navigation_and_page_chrome_never_reach_the_text()
    {
        var article = Blocks.Single(HtmlArticleParser.Parse("bridge", Page, null));

        Assert.DoesNotContain("TRACKER", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SCRIPT TEXT", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coastal Ledger home", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related: ferry", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_twitter_embed_becomes_one_embed_block_with_its_signature()
    {
        const string html = """
            <article><p>The minister posted a photo after the meeting in the capital on Tuesday.</p>
            <blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Productive talks with the fisheries council. More soon.</p><p>Thanks to all who came <a href="https://t.co/q">pic.twitter.com/Zz9Yy8Xx</a></p>&mdash; Ana Ferro (@AnaFerroMin) <a href="https://twitter.com/AnaFerroMin/status/2">April 8, 2025</a></blockquote>
            <script async src="https://platform.twitter.com/widgets.js"></script></article>
            """;

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("t", html, null)));

        Assert.Equal(
            ("Productive talks with the fisheries council. More soon.\nThanks to all who came pic.twitter.com/Zz9Yy8Xx\n— Ana Ferro (@AnaFerroMin) April 8, 2025", BlockHint.Embed),
            blocks[1]);
        Assert.Equal(2, blocks.Count);
    }

    [Theory]
    [InlineData("blockquote class=\"bluesky-embed\" data-bluesky-uri=\"at://x\"")]
    [InlineData("blockquote class=\"instagram-media\"")]
    [InlineData("blockquote class=\"tiktok-embed\"")]
    [InlineData("blockquote class=\"social-embed-post\"")]
    public void Other_social_embeds_are_embed_blocks(string tag)
    {
        var html = $"<article><p>Opening paragraph of the story about the harbour.</p><{tag}><p>Ferry looks great</p>&mdash; Port Fan (@portfan.example) May 1, 2025</blockquote></article>";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("e", html, null)));

        Assert.Equal(("Ferry looks great\n— Port Fan (@portfan.example) May 1, 2025", BlockHint.Embed), blocks[1]);
    }

    [Fact]
    public void Captions_can_be_marked_by_class_as_well_as_by_figcaption()
    {
        const string html = """<article><p>A story about a lighthouse keeper on the north cape.</p><div class="image-caption">The lighthouse in fog.</div><p class="photo-caption">Photo: Staff</p></article>""";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("c", html, null)));

        Assert.Equal([BlockHint.None, BlockHint.Caption, BlockHint.Caption], blocks.Select(b => b.Hint));
    }

    [Theory]
    [InlineData("byline", "By Tom Reed")]
    [InlineData("article-meta", "5 minute read")]
    [InlineData("dateline", "PORT ELLIS")]
    [InlineData("tags-list", "Tags: harbour, transport")]
    [InlineData("breadcrumb", "Home > News")]
    [InlineData("newsletter-signup", "Sign up for our morning briefing")]
    [InlineData("comments-count", "12 comments")]
    [InlineData("author-bio", "Tom Reed covers transport.")]
    public void Furniture_named_by_class_is_kept_as_a_boilerplate_block(string cssClass, string text)
    {
        var html = $"<article><div class=\"{cssClass}\">{text}</div><p>The ferry company raised its fares for the summer season.</p></article>";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("b", html, null)));

        Assert.Equal((System.Net.WebUtility.HtmlDecode(text), BlockHint.Boilerplate), blocks[0]);
        Assert.Equal(BlockHint.None, blocks[1].Hint);
    }

    [Fact]
    public void Furniture_named_by_id_is_boilerplate_too()
    {
        const string html = """<article><p>The council met on Thursday to discuss the budget.</p><p id="related-stories">More on the budget</p></article>""";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("b", html, null)));

        Assert.Equal(BlockHint.Boilerplate, blocks[1].Hint);
    }

    [Fact]
    public void A_wrapper_whose_class_mentions_sharing_but_holds_the_prose_is_walked_not_marked()
    {
        const string html = """
            <article><div class="story-body js-share-enabled">
            <p>The first paragraph of a long story about the tide tables.</p>
            <p>The second paragraph explains the spring tides in detail.</p>
            <p>The third paragraph quotes the harbour master at length.</p>
            </div></article>
            """;

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("w", html, null)));

        Assert.Equal(3, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(BlockHint.None, b.Hint));
    }

    [Fact]
    public void An_h1_equal_to_the_title_is_still_a_heading_block()
    {
        const string html = """<html><head><title>Tide tables change</title></head><body><article><h1>Tide tables change</h1><p>The tide tables change next week for the whole coast.</p></article></body></html>""";

        var article = Blocks.Single(HtmlArticleParser.Parse("h", html, null));

        Assert.Equal("Tide tables change", article.Metadata.Title);
        Assert.Equal(("Tide tables change", BlockHint.Heading), Blocks.Of(article)[0]);
    }

    [Fact]
    public void A_bold_line_standing_alone_is_a_heading_but_a_bold_sentence_is_not()
    {
        const string html = """<article><p><strong>Fares</strong></p><p>Fares rise by a tenth in June.</p><p><b>The council voted for it.</b></p></article>""";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("b", html, null)));

        Assert.Equal([BlockHint.Heading, BlockHint.None, BlockHint.None], blocks.Select(b => b.Hint));
    }

    [Fact]
    public void Text_between_blocks_becomes_a_block_of_its_own()
    {
        const string html = """<article><div>Loose text before <em>the</em> paragraph<p>A paragraph.</p>and after it.</div></article>""";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("l", html, null)));

        Assert.Equal(["Loose text before the paragraph", "A paragraph.", "and after it."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Nested_list_items_are_separate_list_item_blocks()
    {
        const string html = """<article><ul><li>Ports<ul><li>North port</li><li>South port</li></ul></li></ul></article>""";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("n", html, null)));

        Assert.Equal(
            [("Ports", BlockHint.ListItem), ("North port", BlockHint.ListItem), ("South port", BlockHint.ListItem)],
            blocks);
    }

    [Fact]
    public void Without_an_article_element_the_root_with_most_paragraph_text_and_fewest_links_wins()
    {
        const string html = """
            <html><body>
            <div id="menu"><p><a href="/a">A very long link to the archive of every story we have ever published</a></p>
              <p><a href="/b">Another very long link to the sport pages and the weather pages and more</a></p>
              <p><a href="/c">Yet another very long link to the classified adverts and the puzzles page</a></p></div>
            <div class="content">
              <h2>Night ferry returns</h2>
              <p>The night ferry between the two islands returns on Friday after a winter break.</p>
              <p>Tickets go on sale on Wednesday and cost the same as last year, the operator said.</p>
              <p>The <a href="/ferry">operator</a> expects the first crossings to be full.</p>
            </div>
            <div class="sidebar"><p><a href="/d">Most read: the longest link anyone has written in this little sidebar box</a></p></div>
            <div class="bottom"><p><a href="/e">About us</a> <a href="/f">Contact</a> <a href="/g">Privacy and cookies and terms</a></p></div>
            </body></html>
            """;

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("f", html, null)));

        Assert.Equal(
            ["Night ferry returns", "The night ferry between the two islands returns on Friday after a winter break.",
             "Tickets go on sale on Wednesday and cost the same as last year, the operator said.",
             "The operator expects the first crossings to be full."],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void ArticleBody_itemprop_is_the_root_when_there_is_no_single_article()
    {
        const string html = """
            <body><article><p>Teaser one about something else entirely.</p></article><article><p>Teaser two about yet another thing.</p></article>
            <div itemprop="articleBody"><p>The real story body is here and only here.</p></div></body>
            """;

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("i", html, null)));

        Assert.Equal(["The real story body is here and only here."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Main_is_the_root_when_there_is_no_article_or_article_body()
    {
        const string html = """<body><div class="promo-box"><p>Subscribe now for a year of news at half the price.</p></div><main><p>The story in main.</p></main></body>""";

        var blocks = Blocks.Of(Blocks.Single(HtmlArticleParser.Parse("m", html, null)));

        Assert.Equal(["The story in main."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Empty_html_is_an_error()
    {
        var result = HtmlArticleParser.Parse("e", "  \n ", "e.html");

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ReadProblem("e.html", null, "empty HTML", ProblemSeverity.Error), problem);
    }

    [Theory]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><script>var onlyCode = 1;</script><nav><a href='/'>Home</a></nav></body></html>")]
    public void A_page_without_text_is_an_error(string html)
    {
        var result = HtmlArticleParser.Parse("x", html, null);

        Assert.Empty(result.Articles);
        Assert.Equal(new ReadProblem("x", null, "no article text found in the HTML", ProblemSeverity.Error), Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("<html><body><article><p>The story was cut off in the midd")]
    [InlineData("<html><body><article><p>The story was cut off inside a tag.</p><a href=\"/x")]
    [InlineData("<p>A fragment that stops inside a tag</p><di")]
    public void Truncated_html_is_read_with_a_warning(string html)
    {
        var result = HtmlArticleParser.Parse("t", html, "t.html");

        var article = Assert.Single(result.Articles);
        Assert.StartsWith("The story", article.Text.Replace("A fragment", "The story", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(new ReadProblem("t.html", null, "HTML is truncated; read what was there", ProblemSeverity.Warning), Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("<<<>>><div><p>Broken <b><i>nesting</b></i> still reads</p></div></table></td>")]
    [InlineData("<p>Unclosed <a href='x>link</p><p>and more text after it</p>")]
    [InlineData("\0<p>nul char then text</p>")]
    public void Bad_markup_never_throws(string html)
    {
        var result = HtmlArticleParser.Parse("bad", html, null);

        Assert.NotNull(result);
    }

    public sealed class Metadata
    {
        [Theory]
        [InlineData("<meta property='og:title' content='From og'><meta name='twitter:title' content='From twitter'><title>From title</title>", "From og")]
        [InlineData("<meta name='twitter:title' content='From twitter'><title>From title</title>", "From twitter")]
        [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script><title>From title</title>", "From JSON-LD")]
        [InlineData("<title>From title</title>", "From title")]
        [InlineData("", "From h1")]
        public void Title_comes_from_og_then_twitter_then_json_ld_then_title_then_h1(string head, string expected)
        {
            var article = Read(head, "<article><h1>From h1</h1><p>Body text of the story.</p></article>");

            Assert.Equal(expected, article.Metadata.Title);
        }

        [Theory]
        [InlineData("Ferry fares rise | The Coastal Ledger", "Ferry fares rise")]
        [InlineData("Ferry fares rise - The Coastal Ledger", "Ferry fares rise")]
        [InlineData("Ferry fares rise — THE COASTAL LEDGER", "Ferry fares rise")]
        [InlineData("Ferry fares rise | coastal-ledger.example", "Ferry fares rise")]
        [InlineData("Ferry fares rise - and fall again", "Ferry fares rise - and fall again")]
        [InlineData("Ferry fares rise | Transport", "Ferry fares rise | Transport")]
        public void A_title_suffix_is_stripped_only_when_it_names_the_site(string title, string expected)
        {
            var article = Read(
                $"<title>{title}</title><meta property='og:site_name' content='The Coastal Ledger'><link rel='canonical' href='https://coastal-ledger.example/fares'>",
                "<article><p>Body.</p></article>");

            Assert.Equal(expected, article.Metadata.Title);
        }

        [Theory]
        [InlineData("<meta property='og:site_name' content='Og Site'><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Ld Publisher\"}}</script>", "Og Site")]
        [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Ld Publisher\"}}</script>", "Ld Publisher")]
        [InlineData("", "coastal-ledger.example")]
        public void Source_comes_from_og_site_name_then_json_ld_publisher_then_the_canonical_host(string head, string expected)
        {
            var article = Read(head + "<link rel='canonical' href='https://www.coastal-ledger.example/a/b'>", "<article><p>Body.</p></article>");

            Assert.Equal(expected, article.Metadata.Source);
        }

        [Theory]
        [InlineData("<link rel='canonical' href='https://a.example/canon'><meta property='og:url' content='https://a.example/og'>", "https://a.example/canon")]
        [InlineData("<meta property='og:url' content='https://a.example/og'>", "https://a.example/og")]
        [InlineData("", null)]
        public void Url_comes_from_the_canonical_link_then_og_url(string head, string? expected)
        {
            Assert.Equal(expected, Read(head, "<article><p>Body.</p></article>").Metadata.Url);
        }

        [Theory]
        [InlineData("<meta name='author' content='Meta Name'><meta property='article:author' content='Article Author'>", "", "Meta Name")]
        [InlineData("<meta property='article:author' content='Article Author'>", "", "Article Author")]
        [InlineData("<meta property='article:author' content='https://social.example/someone'><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Ld Person\"}}</script>", "", "Ld Person")]
        [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"First Writer\"},{\"name\":\"Second Writer\"}]}</script>", "", "First Writer, Second Writer")]
        [InlineData("", "<a rel='author' href='/staff/kim'>Kim Lowe</a>", "Kim Lowe")]
        [InlineData("", "<p class='byline'>By Kim Lowe</p>", "Kim Lowe")]
        public void Author_comes_from_meta_then_article_author_then_json_ld_then_byline_markup(string head, string body, string expected)
        {
            Assert.Equal(expected, Read(head, $"<article>{body}<p>Body text.</p></article>").Metadata.Author);
        }

        [Fact]
        public void Language_comes_from_the_html_element()
        {
            var article = Blocks.Single(HtmlArticleParser.Parse("l", "<html lang='pt-BR'><body><article><p>Texto.</p></article></body></html>", null));

            Assert.Equal("pt-BR", article.Metadata.Language);
        }

        [Theory]
        [InlineData("<meta property='article:published_time' content='2025-03-03T09:15:00+02:00'><meta name='pubdate' content='2024-01-01'>", "", "meta[property=article:published_time]")]
        [InlineData("<meta name='pubdate' content='2025-03-03T09:15:00+02:00'><meta name='date' content='2024-01-01'>", "", "meta[name=pubdate]")]
        [InlineData("<meta name='publishdate' content='2025-03-03T09:15:00+02:00'>", "", "meta[name=publishdate]")]
        [InlineData("<meta name='date' content='2025-03-03T09:15:00+02:00'>", "", "meta[name=date]")]
        [InlineData("<meta name='DC.date' content='2025-03-03T09:15:00+02:00'>", "", "meta[name=dc.date]")]
        [InlineData("<meta name='dc.date.issued' content='2025-03-03T09:15:00+02:00'>", "", "meta[name=DC.date.issued]")]
        [InlineData("<meta name='parsely-pub-date' content='2025-03-03T07:15:00Z'>", "", "meta[name=parsely-pub-date]")]
        [InlineData("<meta name='sailthru.date' content='2025-03-03 07:15:00'>", "", "meta[name=sailthru.date]")]
        [InlineData("<meta itemprop='datePublished' content='2025-03-03T09:15:00+02:00'>", "", "meta[itemprop=datePublished]")]
        [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-03T09:15:00+02:00\"}</script>", "<time datetime='2024-01-01'>x</time>", "json-ld datePublished")]
        [InlineData("", "<time datetime='2025-03-03T09:15:00+02:00'>3 March</time>", "time[datetime]")]
        public void Published_comes_from_the_first_source_in_order(string head, string body, string field)
        {
            var article = Read(head, $"<article>{body}<p>Body text.</p></article>");

            Assert.Equal(field, article.Metadata.PublishedField);
            Assert.Equal(new DateOnly(2025, 3, 3), article.Metadata.Published);
            Assert.Equal(new DateTimeOffset(2025, 3, 3, 7, 15, 0, TimeSpan.Zero), article.Metadata.PublishedAt!.Value.ToUniversalTime());
        }

        [Fact]
        public void A_time_late_in_the_evening_keeps_the_date_as_written_not_the_utc_date()
        {
            var article = Read("<meta property='article:published_time' content='2025-03-03T22:30:00-05:00'>", "<article><p>Body.</p></article>");

            Assert.Equal(new DateOnly(2025, 3, 3), article.Metadata.Published);
            Assert.Equal(new DateTimeOffset(2025, 3, 3, 22, 30, 0, TimeSpan.FromHours(-5)), article.Metadata.PublishedAt);
        }

        [Fact]
        public void A_date_without_a_time_gives_the_date_only()
        {
            var article = Read("<meta name='date' content='2025-03-03'>", "<article><p>Body.</p></article>");

            Assert.Equal(new DateOnly(2025, 3, 3), article.Metadata.Published);
            Assert.Null(article.Metadata.PublishedAt);
        }

        [Fact]
        public void An_unreadable_date_falls_through_to_the_next_source()
        {
            var article = Read("<meta property='article:published_time' content='yesterday'><meta name='date' content='March 3, 2025'>", "<article><p>Body.</p></article>");

            Assert.Equal("meta[name=date]", article.Metadata.PublishedField);
            Assert.Equal(new DateOnly(2025, 3, 3), article.Metadata.Published);
        }

        [Fact]
        public void Json_ld_in_an_array_is_read()
        {
            const string head = """
                <script type="application/ld+json">[{"@type":"BreadcrumbList","headline":"Not this"},{"@type":"NewsArticle","headline":"Array headline","datePublished":"2025-03-04","author":"Sol Park"}]</script>
                """;

            var metadata = Read(head, "<article><p>Body.</p></article>").Metadata;

            Assert.Equal("Array headline", metadata.Title);
            Assert.Equal("Sol Park", metadata.Author);
            Assert.Equal(new DateOnly(2025, 3, 4), metadata.Published);
            Assert.Equal("json-ld datePublished", metadata.PublishedField);
        }

        [Fact]
        public void Json_ld_in_a_graph_is_read_with_references_resolved()
        {
            const string head = """
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://isle.example/#site","name":"Isle News"},
                  {"@type":"Organization","@id":"https://isle.example/#org","name":"Isle News Ltd"},
                  {"@type":"Person","@id":"https://isle.example/#kit","name":"Kit Moran"},
                  {"@type":["NewsArticle"],"headline":"Graph headline","datePublished":"2025-03-05T06:00:00Z",
                   "author":{"@id":"https://isle.example/#kit"},"publisher":{"@id":"https://isle.example/#org"}}
                ]}
                </script>
                """;

            var metadata = Read(head, "<article><p>Body.</p></article>").Metadata;

            Assert.Equal("Graph headline", metadata.Title);
            Assert.Equal("Kit Moran", metadata.Author);
            Assert.Equal("Isle News Ltd", metadata.Source);
            Assert.Equal(new DateTimeOffset(2025, 3, 5, 6, 0, 0, TimeSpan.Zero), metadata.PublishedAt);
        }

        [Fact]
        public void Broken_json_ld_is_ignored()
        {
            var metadata = Read("<script type='application/ld+json'>{\"headline\": </script><title>Fallback</title>", "<article><p>Body.</p></article>").Metadata;

            Assert.Equal("Fallback", metadata.Title);
        }

        private static RawArticle Read(string head, string body) =>
            Blocks.Single(HtmlArticleParser.Parse("m", $"<html><head>{head}</head><body>{body}</body></html>", null));
    }
}
