using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class FeedParserTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Island Gazette</title>
            <link>https://gazette.example/</link>
            <language>en-gb</language>
            <atom:link href="https://gazette.example/feed" rel="self" type="application/rss+xml"/>
            <item>
              <title>Ferry &amp; bus timetables &lt;b&gt;merge&lt;/b&gt;</title>
              <link>https://gazette.example/2025/03/03/ferry-bus-timetables-merge/</link>
              <guid isPermaLink="false">gazette-1001</guid>
              <dc:creator>Nell Cairns</dc:creator>
              <pubDate>Mon, 03 Mar 2025 08:30:00 GMT</pubDate>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The ferry and bus timetables merge from April.</p><h2>Why</h2><p>Passengers asked for one timetable.</p><script>alert("no")</script><figure><figcaption>The ferry at the quay.</figcaption></figure>]]></content:encoded>
            </item>
            <item>
              <title>Harbour fees unchanged</title>
              <link>https://gazette.example/news/harbour-fees-unchanged.html</link>
              <author>desk@gazette.example (Ola Berg)</author>
              <pubDate>4 Mar 2025 10:00:00 +0200</pubDate>
              <description>The harbour board kept its fees at last year's level.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void An_rss_item_with_content_encoded_gives_an_article_with_blocks_and_metadata()
    {
        var result = FeedParser.Parse("gazette", Rss, "feeds/gazette.xml");

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.Count);
        var article = result.Articles[0];
        Assert.Equal(InputFormat.Feed, article.Format);
        Assert.Equal("feeds/gazette.xml#1", article.Origin);
        Assert.Equal(
            [
                ("The ferry and bus timetables merge from April.", BlockHint.None),
                ("Why", BlockHint.Heading),
                ("Passengers asked for one timetable.", BlockHint.None),
                ("The ferry at the quay.", BlockHint.Caption),
            ],
            Blocks.Of(article));
        var metadata = article.Metadata;
        Assert.Equal("Ferry & bus timetables merge", metadata.Title);
        Assert.Equal("https://gazette.example/2025/03/03/ferry-bus-timetables-merge/", metadata.Url);
        Assert.Equal("Island Gazette", metadata.Source);
        Assert.Equal("Nell Cairns", metadata.Author);
        Assert.Equal("en-gb", metadata.Language);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 8, 30, 0, TimeSpan.Zero), metadata.PublishedAt);
        Assert.Equal(new DateOnly(2025, 3, 3), metadata.Published);
        Assert.Equal("rss pubDate", metadata.PublishedField);
    }

    [Fact]
    public void An_item_hashes_its_title_link_and_body()
    {
        var article = FeedParser.Parse("gazette", Rss, null).Articles[1];

        Assert.Equal(
            ContentHash.Of("Harbour fees unchanged\nhttps://gazette.example/news/harbour-fees-unchanged.html\nThe harbour board kept its fees at last year's level."),
            article.ContentHash);
    }

    [Fact]
    public void An_rss_item_with_a_plain_description_only_has_text_and_no_blocks()
    {
        var article = FeedParser.Parse("gazette", Rss, "g.xml").Articles[1];

        Assert.Equal("The harbour board kept its fees at last year's level.", article.Text);
        Assert.Null(article.Blocks);
        Assert.Equal("desk@gazette.example (Ola Berg)", article.Metadata.Author);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.FromHours(2)), article.Metadata.PublishedAt);
        Assert.Equal("g.xml#2", article.Origin);
    }

    [Fact]
    public void An_escaped_html_description_is_split_into_blocks()
    {
        var xml = Channel("<item><title>T</title><link>https://x.example/a</link><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two &amp;amp; three.&lt;/p&gt;</description></item>");

        var article = Assert.Single(FeedParser.Parse("f", xml, null).Articles);

        Assert.Equal([("One.", BlockHint.None), ("Two & three.", BlockHint.None)], Blocks.Of(article));
    }

    [Fact]
    public void Rss_ids_are_a_slug_of_the_link_then_eight_hex_digits_of_the_guid()
    {
        var articles = FeedParser.Parse("gazette", Rss, null).Articles;

        Assert.Equal($"ferry-bus-timetables-merge-{ContentHash.Of("gazette-1001")[..8]}", articles[0].Id);
        Assert.Equal($"harbour-fees-unchanged-{ContentHash.Of("https://gazette.example/news/harbour-fees-unchanged.html")[..8]}", articles[1].Id);
    }

    [Theory]
    [InlineData("https://x.example/news/2025/03/12345", "Fallback Title", "news")]
    [InlineData("https://x.example/index.php", "Café opens on the quay", "cafe-opens-on-the-quay")]
    [InlineData("https://x.example/", "Tide tables", "tide-tables")]
    [InlineData("https://x.example/story/Quay-Works-Begin.htm?ref=rss", "X", "quay-works-begin")]
    public void The_slug_ignores_numeric_and_index_segments_and_falls_back_to_the_title(string link, string title, string slug)
    {
        var xml = Channel($"<item><title>{title}</title><link>{System.Security.SecurityElement.Escape(link)}</link><description>Body.</description></item>");

        var article = Assert.Single(FeedParser.Parse("f", xml, null).Articles);

        Assert.Equal($"{slug}-{ContentHash.Of(link)[..8]}", article.Id);
    }

    [Fact]
    public void Ids_are_stable_when_the_feed_is_read_again_with_new_items_on_top()
    {
        const string older = "<item><title>Older story</title><link>https://x.example/older-story</link><description>Old.</description></item>";
        const string newer = "<item><title>Newer story</title><link>https://x.example/newer-story</link><description>New.</description></item>";

        var first = FeedParser.Parse("f", Channel(older), "f.xml").Articles;
        var second = FeedParser.Parse("f", Channel(newer + older), "f.xml").Articles;

        Assert.Equal(first[0].Id, second[1].Id);
        Assert.Equal(first[0].ContentHash, second[1].ContentHash);
        Assert.NotEqual(second[0].Id, second[1].Id);
    }

    [Fact]
    public void An_rdf_feed_is_read()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://valley.example/"><title>Valley Post</title><link>https://valley.example/</link><dc:language>de</dc:language></channel>
              <item rdf:about="https://valley.example/river-level-falls">
                <title>River level falls</title>
                <link>https://valley.example/river-level-falls</link>
                <description>The river fell by half a metre overnight.</description>
                <dc:creator>Jo Hale</dc:creator>
                <dc:date>2025-03-06T05:45:00+01:00</dc:date>
              </item>
            </rdf:RDF>
            """;

        var result = FeedParser.Parse("valley", xml, null);

        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("The river fell by half a metre overnight.", article.Text);
        Assert.Equal("River level falls", article.Metadata.Title);
        Assert.Equal("Valley Post", article.Metadata.Source);
        Assert.Equal("Jo Hale", article.Metadata.Author);
        Assert.Equal("de", article.Metadata.Language);
        Assert.Equal("rss dc:date", article.Metadata.PublishedField);
        Assert.Equal(new DateTimeOffset(2025, 3, 6, 5, 45, 0, TimeSpan.FromHours(1)), article.Metadata.PublishedAt);
        Assert.Equal($"river-level-falls-{ContentHash.Of("https://valley.example/river-level-falls")[..8]}", article.Id);
    }

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
          <title type="text">Harbour Notes</title>
          <author><name>Desk Team</name></author>
          <id>urn:uuid:feed</id>
          <updated>2025-03-07T12:00:00Z</updated>
          <entry>
            <title type="html">Quay &lt;em&gt;works&lt;/em&gt; begin</title>
            <link rel="self" href="https://notes.example/api/1"/>
            <link rel="alternate" type="text/html" href="https://notes.example/posts/quay-works-begin"/>
            <id>urn:uuid:entry-1</id>
            <published>2025-03-07T09:00:00+01:00</published>
            <updated>2025-03-07T11:00:00+01:00</updated>
            <author><name>Remy Vale</name></author>
            <content type="html">&lt;p&gt;Works on the quay begin on Monday.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Parking closes.&lt;/li&gt;&lt;/ul&gt;</content>
          </entry>
          <entry>
            <title>Plain note</title>
            <link href="https://notes.example/posts/plain-note"/>
            <id>urn:uuid:entry-2</id>
            <updated>2025-03-08T10:00:00Z</updated>
            <summary>Nothing &lt;p&gt; here is markup.</summary>
            <content type="text">Plain words about the tide.
        Second line.</content>
          </entry>
          <entry>
            <title>Xhtml note</title>
            <id>urn:uuid:entry-3</id>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First xhtml paragraph.</p><p>Second one.</p></div></content>
          </entry>
        </feed>
        """;

    [Fact]
    public void An_atom_entry_with_html_content_has_blocks_and_its_metadata()
    {
        var result = FeedParser.Parse("notes", Atom, "notes.atom");

        Assert.Empty(result.Problems);
        var article = result.Articles[0];
        Assert.Equal([("Works on the quay begin on Monday.", BlockHint.None), ("Parking closes.", BlockHint.ListItem)], Blocks.Of(article));
        Assert.Equal("Quay works begin", article.Metadata.Title);
        Assert.Equal("https://notes.example/posts/quay-works-begin", article.Metadata.Url);
        Assert.Equal("Harbour Notes", article.Metadata.Source);
        Assert.Equal("Remy Vale", article.Metadata.Author);
        Assert.Equal("fr", article.Metadata.Language);
        Assert.Equal("atom published", article.Metadata.PublishedField);
        Assert.Equal(new DateTimeOffset(2025, 3, 7, 9, 0, 0, TimeSpan.FromHours(1)), article.Metadata.PublishedAt);
        Assert.Equal($"quay-works-begin-{ContentHash.Of("urn:uuid:entry-1")[..8]}", article.Id);
    }

    [Fact]
    public void An_atom_entry_with_text_content_is_plain_text_and_falls_back_to_updated_and_the_feed_author()
    {
        var article = FeedParser.Parse("notes", Atom, "notes.atom").Articles[1];

        Assert.Equal("Plain words about the tide.\nSecond line.", article.Text);
        Assert.Null(article.Blocks);
        Assert.Equal("https://notes.example/posts/plain-note", article.Metadata.Url);
        Assert.Equal("Desk Team", article.Metadata.Author);
        Assert.Equal("atom updated", article.Metadata.PublishedField);
        Assert.Equal(new DateOnly(2025, 3, 8), article.Metadata.Published);
    }

    [Fact]
    public void An_atom_entry_with_xhtml_content_has_blocks()
    {
        var article = FeedParser.Parse("notes", Atom, "notes.atom").Articles[2];

        Assert.Equal(["First xhtml paragraph.", "Second one."], Blocks.Of(article).Select(b => b.Text));
        Assert.Null(article.Metadata.Published);
        Assert.StartsWith("xhtml-note-", article.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mon, 03 Mar 2025 08:30:00 GMT", 2025, 3, 3, 8, 30, 0)]
    [InlineData("Mon, 03 Mar 2025 08:30:00 +0200", 2025, 3, 3, 8, 30, 2)]
    [InlineData("Mon, 03 Mar 2025 23:30:00 EST", 2025, 3, 3, 23, 30, -5)]
    [InlineData("Mon, 3 Mar 2025 08:30 PDT", 2025, 3, 3, 8, 30, -7)]
    [InlineData("03 Mar 2025 08:30:00 +0000", 2025, 3, 3, 8, 30, 0)]
    [InlineData("3 March 2025 08:30:00 UT", 2025, 3, 3, 8, 30, 0)]
    [InlineData("Mon, 03 Mar 25 08:30:00 GMT", 2025, 3, 3, 8, 30, 0)]
    [InlineData("2025-03-03T08:30:00-03:00", 2025, 3, 3, 8, 30, -3)]
    public void Rfc_822_and_iso_dates_are_read_with_their_offsets(string pubDate, int year, int month, int day, int hour, int minute, int offsetHours)
    {
        var xml = Channel($"<item><title>T</title><link>https://x.example/t</link><pubDate>{pubDate}</pubDate><description>B.</description></item>");

        var result = FeedParser.Parse("f", xml, null);

        Assert.Empty(result.Problems);
        var metadata = Assert.Single(result.Articles).Metadata;
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours)), metadata.PublishedAt);
        Assert.Equal(metadata.PublishedAt!.Value.Offset, TimeSpan.FromHours(offsetHours));
        Assert.Equal(new DateOnly(year, month, day), metadata.Published);
    }

    [Fact]
    public void An_unreadable_date_is_left_empty_with_a_warning_naming_the_item()
    {
        var xml = Channel("<item><title>Moon landing</title><link>https://x.example/m</link><pubDate>sometime last week</pubDate><description>B.</description></item>");

        var result = FeedParser.Parse("f", xml, "f.xml");

        var article = Assert.Single(result.Articles);
        Assert.Null(article.Metadata.Published);
        Assert.Null(article.Metadata.PublishedAt);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("f.xml", problem.Origin);
        Assert.Equal(3, problem.Line);
        Assert.Contains("item 1 (\"Moon landing\")", problem.Message, StringComparison.Ordinal);
        Assert.Contains("sometime last week", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_xml_is_an_error_with_its_line_and_column()
    {
        const string xml = "<rss version=\"2.0\">\n<channel>\n<title>Broken</title>\n<item><title>A</titel></item>\n</channel></rss>";

        var result = FeedParser.Parse("f", xml, "f.xml");

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("not XML: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 4, column", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_item_is_skipped_with_an_error_and_the_other_items_are_read()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tram Desk</title>
            <item><title>Tram line approved</title><guid>t1</guid><dc:creator>Ida Holm</dc:creator><pubDate>Mon, 20 Apr 2026 10:00:00 GMT</pubDate><description>The council of Marrow approved the new tram line on Monday after a long debate.</description></item>
            <item><title>Fares & timetables <b>change</title><guid>t2</guid><description>Fares change in May.</description></item>
            <item><title>Tram drivers to strike</title><guid>t3</guid><pubDate>Tue, 21 Apr 2026 10:00:00 GMT</pubDate><description>Tram drivers in Marrow said on Tuesday that they would strike next week.</description></item>
            </channel></rss>
            """;

        var result = FeedParser.Parse("trams", xml, "feeds/trams.xml");

        Assert.Equal(["feeds/trams.xml#1", "feeds/trams.xml#3"], result.Articles.Select(a => a.Origin));
        Assert.Equal("Ida Holm", result.Articles[0].Metadata.Author);
        Assert.All(result.Articles, a => Assert.Equal("Tram Desk", a.Metadata.Source));
        var warning = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Warning);
        Assert.Contains("read one by one", warning.Message, StringComparison.Ordinal);
        var skipped = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(4, skipped.Line);
        Assert.StartsWith("feed item 2 is not well-formed XML", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_atom_entry_is_skipped_and_the_others_are_read()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Lake Notes</title>
            <entry><id>n1</id><title>Ice closes the north shore road</title><updated>2026-01-12T08:00:00Z</updated><content type="html">&lt;p&gt;Ice closed the north shore road around Lake Vessa on Monday morning.&lt;/p&gt;</content></entry>
            <entry><id>n2</id><title>Ferry &nbsp; notice</title><updated>2026-01-12T09:00:00Z</updated><content>Broken.</content></entry>
            </feed>
            """;

        var result = FeedParser.Parse("lake", xml, "feeds/lake.xml");

        var article = Assert.Single(result.Articles);
        Assert.Equal("feeds/lake.xml#1", article.Origin);
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("feed item 2 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_given_as_a_feed_is_an_error()
    {
        var result = FeedParser.Parse("f", "<!DOCTYPE html><html><body><p>Hello<br></p></body></html>", "f.xml");

        Assert.Empty(result.Articles);
        Assert.Equal(ProblemSeverity.Error, Assert.Single(result.Problems).Severity);
    }

    [Fact]
    public void A_dtd_is_refused_so_no_entity_is_ever_expanded()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY boom "BOOM">]><rss><channel><item><title>&boom;</title></item></channel></rss>""";

        var result = FeedParser.Parse("f", xml, "f.xml");

        Assert.Empty(result.Articles);
        Assert.StartsWith("not XML: ", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_an_error_naming_the_root()
    {
        var result = FeedParser.Parse("f", "<?xml version=\"1.0\"?><sitemap><url/></sitemap>", "f.xml");

        Assert.Equal(ReadResult.Failed("f.xml", "not an RSS or Atom feed (root element <sitemap>)").Problems, result.Problems);
        Assert.Empty(result.Articles);
    }

    [Fact]
    public void An_item_without_title_or_body_is_skipped_with_a_warning()
    {
        var xml = Channel("<item><link>https://x.example/empty</link></item><item><title>Kept</title></item>");

        var result = FeedParser.Parse("f", xml, "f.xml");

        var article = Assert.Single(result.Articles);
        Assert.Equal("Kept", article.Text);
        Assert.Null(article.Blocks);
        Assert.Equal("f.xml#2", article.Origin);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("item 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_without_items_gives_a_warning()
    {
        var result = FeedParser.Parse("f", Channel(string.Empty), "f.xml");

        Assert.Empty(result.Articles);
        Assert.Equal(new ReadProblem("f.xml", null, "feed has no items", ProblemSeverity.Warning), Assert.Single(result.Problems));
    }

    [Fact]
    public void Leading_whitespace_and_a_byte_order_mark_before_the_declaration_are_tolerated()
    {
        var result = FeedParser.Parse("f", "\uFEFF\n  " + Channel("<item><title>T</title><description>B.</description></item>"), null);

        Assert.Empty(result.Problems);
        Assert.Single(result.Articles);
    }

    private static string Channel(string items) =>
        $"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Test Feed</title>\n{items}</channel></rss>";
}
