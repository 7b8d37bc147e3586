using System.Globalization;
using System.Text;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>
/// The hostile-input corpus, generated at run time (nothing is read from the web): junk bytes, broken encodings,
/// pathological markup and text, and XML attacks. The inputs here are small enough to hold all at once; the huge ones
/// (a 200 MB line, a 50 MB JSON line) are made one at a time by <see cref="HugeInputs"/>.
/// </summary>
public static class HostileCorpus
{
    /// <summary>The classes, in the order docs/reliability.md lists them.</summary>
    public static readonly string[] Classes =
    [
        "random-bytes", "nul-bytes", "invalid-utf8", "utf16-without-bom", "deep-nesting", "unbalanced-quotes",
        "invisible-controls", "combining-marks", "xml-attacks",
    ];

    private const string Sentence = "Harbor pilots in Portheaven walked out on Tuesday, the union said, after talks with the port authority failed. ";

    /// <summary>Every small input, each class in turn.</summary>
    public static IReadOnlyList<HostileInput> All { get; } = [.. Build()];

    /// <summary>How many inputs of <paramref name="class"/> the corpus holds.</summary>
    public static int CountOf(string @class) => All.Count(i => i.Class == @class);

    private static IEnumerable<HostileInput> Build() =>
        RandomBytes().Concat(NulBytes()).Concat(InvalidUtf8()).Concat(Utf16WithoutBom()).Concat(DeepNesting())
            .Concat(UnbalancedQuotes()).Concat(InvisibleControls()).Concat(CombiningMarks()).Concat(XmlAttacks());

    private static IEnumerable<HostileInput> RandomBytes()
    {
        var random = new Random(9);
        string[] extensions = [".txt", ".html", ".xml", ".jsonl", ".bin"];
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[1 + random.Next(i < 20 ? 256 : 65536)];
            random.NextBytes(bytes);
            yield return new("random-bytes", $"random-{i:D2}", extensions[i % extensions.Length], bytes);
        }

        // Junk that starts like a known format, so that it reaches the parsers rather than the binary check.
        var tail = new byte[4096];
        random.NextBytes(tail);
        for (var b = 0; b < tail.Length; b++)
        {
            tail[b] = (byte)(0x20 + (tail[b] % 0x5F));
        }

        yield return new("random-bytes", "html-head-then-junk", ".html", [.. "<html><body><p>"u8, .. tail]);
        yield return new("random-bytes", "rss-head-then-junk", ".xml", [.. "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>"u8, .. tail]);
        yield return new("random-bytes", "json-head-then-junk", ".jsonl", [.. "{\"id\":\"x\",\"text\":\""u8, .. tail]);
        yield return new("random-bytes", "printable-junk", ".txt", tail);
    }

    private static IEnumerable<HostileInput> NulBytes()
    {
        yield return new("nul-bytes", "all-nul", ".txt", new byte[4096]);
        yield return new("nul-bytes", "one-nul-in-text", ".txt", Utf8(Sentence + "\0" + Sentence));
        yield return new("nul-bytes", "nul-every-word", ".txt", Utf8(Sentence.Replace(" ", " \0", StringComparison.Ordinal)));
        yield return new("nul-bytes", "nul-after-8k", ".txt", Utf8(Repeat(Sentence, 100) + "\0\0\0" + Sentence));
        yield return new("nul-bytes", "nul-in-html", ".html", Utf8($"<html><body><article><p>{Sentence}\0</p><p>{Sentence}</p></article></body></html>"));
        yield return new("nul-bytes", "escaped-nul-in-json", ".jsonl", Utf8("{\"id\":\"nul\",\"title\":\"Strike\\u0000\",\"text\":\"" + Sentence + "\\u0000" + Sentence + "\"}\n"));
        yield return new("nul-bytes", "nul-in-rss", ".xml", Utf8(Rss($"<item><title>Strike\0</title><description>{Sentence}</description></item>")));
    }

    private static IEnumerable<HostileInput> InvalidUtf8()
    {
        byte[][] bad =
        [
            [0xC0, 0xAF],                   // overlong '/'
            [0xE0, 0x80, 0xAF],             // overlong '/' in three bytes
            [0xF0, 0x80, 0x80, 0xAF],       // overlong '/' in four bytes
            [0xC1, 0xBF],                   // overlong, never valid
            [0xED, 0xA0, 0x80],             // a UTF-16 surrogate encoded as UTF-8
            [0xF4, 0x90, 0x80, 0x80],       // above U+10FFFF
            [0xF8, 0x88, 0x80, 0x80, 0x80], // a five-byte form
            [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80], // a six-byte form
            [0x80, 0x80, 0x80],             // lone continuation bytes
            [0xE2, 0x82],                   // truncated sequence
            [0xFE, 0xFF, 0xFE],             // bytes that never occur in UTF-8
            [0xC0, 0x80],                   // overlong NUL
        ];
        for (var i = 0; i < bad.Length; i++)
        {
            var extension = (i % 4) switch { 0 => ".txt", 1 => ".html", 2 => ".xml", _ => ".jsonl" };
            byte[] body = extension switch
            {
                ".html" => [.. Utf8("<html><body><p>" + Sentence), .. bad[i], .. Utf8(Sentence + "</p></body></html>")],
                ".xml" => [.. Utf8(Rss("<item><title>Strike ")), .. bad[i], .. Utf8("</title></item></channel></rss>")],
                ".jsonl" => [.. Utf8("{\"id\":\"u" + i.ToString(CultureInfo.InvariantCulture) + "\",\"text\":\"" + Sentence), .. bad[i], .. Utf8("\"}\n")],
                _ => [.. Utf8(Sentence), .. bad[i], .. Utf8(Sentence)],
            };
            yield return new("invalid-utf8", $"invalid-{i:D2}", extension, body);
        }

        yield return new("invalid-utf8", "starts-with-bom-then-invalid", ".txt", [0xEF, 0xBB, 0xBF, .. Utf8(Sentence), 0xC0, 0xAF]);
    }

    private static IEnumerable<HostileInput> Utf16WithoutBom()
    {
        var article = Sentence + "\n\n" + Sentence + " Ünïcödé ‘quoted’ — €.";
        yield return new("utf16-without-bom", "utf16le-text", ".txt", Encoding.Unicode.GetBytes(article));
        yield return new("utf16-without-bom", "utf16be-text", ".txt", Encoding.BigEndianUnicode.GetBytes(article));
        yield return new("utf16-without-bom", "utf16le-html", ".html", Encoding.Unicode.GetBytes($"<html><body><p>{article}</p></body></html>"));
        yield return new("utf16-without-bom", "utf16le-rss", ".xml", Encoding.Unicode.GetBytes(Rss($"<item><title>Strike</title><description>{Sentence}</description></item>")));
        yield return new("utf16-without-bom", "utf16le-jsonl", ".jsonl", Encoding.Unicode.GetBytes("{\"id\":\"w\",\"text\":\"" + Sentence + "\"}\n"));
        yield return new("utf16-without-bom", "utf16le-odd-length", ".txt", [.. Encoding.Unicode.GetBytes(article), 0x41]);
        yield return new("utf16-without-bom", "utf16le-lone-surrogate", ".txt", [.. Encoding.Unicode.GetBytes(Sentence), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(Sentence)]);
        yield return new("utf16-without-bom", "utf32le-text", ".txt", Encoding.UTF32.GetBytes(article));
    }

    private static IEnumerable<HostileInput> DeepNesting()
    {
        const int Depth = 100_000;
        yield return new("deep-nesting", "nested-div", ".html", Utf8(Page(Repeat("<div>", Depth) + Sentence + Repeat("</div>", Depth))));
        yield return new("deep-nesting", "nested-div-unclosed", ".html", Utf8(Page(Repeat("<div>", Depth) + Sentence)));
        yield return new("deep-nesting", "nested-span-in-p", ".html", Utf8(Page("<p>" + Repeat("<span>", Depth) + Sentence + Repeat("</span>", Depth) + "</p>")));
        yield return new("deep-nesting", "nested-b", ".html", Utf8(Page(Repeat("<b>", Depth) + Sentence)));
        yield return new("deep-nesting", "nested-blockquote", ".html", Utf8(Page(Repeat("<blockquote><p>x</p>", Depth / 10) + Sentence)));
        yield return new("deep-nesting", "nested-lists", ".html", Utf8(Page(Repeat("<ul><li>item", Depth / 10) + Sentence)));
        yield return new("deep-nesting", "flat-paragraphs", ".html", Utf8(Page(Repeat("<p>" + "Short paragraph.</p>", Depth))));
        yield return new("deep-nesting", "nested-div-in-rss", ".xml", Utf8(Rss("<item><title>Deep</title><description>" + Repeat("&lt;div&gt;", Depth) + Sentence + "</description></item>")));
        yield return new("deep-nesting", "nested-xml-elements", ".xml", Utf8("<rss version=\"2.0\"><channel>" + Repeat("<x>", Depth) + Repeat("</x>", Depth) + "</channel></rss>"));
        yield return new("deep-nesting", "nested-json-arrays", ".jsonl", Utf8("{\"id\":\"deep\",\"text\":\"a\",\"extra\":" + Repeat("[", Depth) + Repeat("]", Depth) + "}\n"));
        yield return new("deep-nesting", "nested-html-in-json", ".jsonl", Utf8("{\"id\":\"deephtml\",\"html\":\"" + Repeat("<div>", Depth) + Sentence + "\"}\n"));
    }

    private static IEnumerable<HostileInput> UnbalancedQuotes()
    {
        string[] marks = ["\"", "“", "”", "‘", "’", "«", "»", "„", "'", "‹"];
        var random = new Random(3);
        var builder = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            builder.Append(marks[random.Next(marks.Length)]).Append(i % 7 == 0 ? "said Anna Berg, " : "word ");
        }

        var mixed = builder.ToString();
        yield return new("unbalanced-quotes", "mixed-marks", ".txt", Utf8("Strike in Portheaven\n\n" + mixed));
        yield return new("unbalanced-quotes", "only-openers", ".txt", Utf8("Strike\n\n" + Repeat("“He said ", 5000)));
        yield return new("unbalanced-quotes", "only-straight", ".txt", Utf8("Strike\n\n" + Repeat("\"", 20000)));
        yield return new("unbalanced-quotes", "openers-per-paragraph", ".txt", Utf8("Strike\n\n" + Repeat("“We will not go back, said Mayor Anna Berg\n\n", 3000)));
        yield return new("unbalanced-quotes", "in-html", ".html", Utf8(Page("<p>" + mixed + "</p>")));
        yield return new("unbalanced-quotes", "in-json", ".jsonl", Utf8("{\"id\":\"q\",\"text\":\"" + mixed.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}\n"));
        yield return new("unbalanced-quotes", "apostrophes", ".txt", Utf8("Strike\n\n" + Repeat("'tis the workers' 'union's ", 4000)));
    }

    private static IEnumerable<HostileInput> InvisibleControls()
    {
        string[] controls = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
        var everywhere = new StringBuilder();
        var random = new Random(5);
        foreach (var c in Repeat(Sentence, 40))
        {
            everywhere.Append(c).Append(controls[random.Next(controls.Length)]);
        }

        yield return new("invisible-controls", "between-every-char", ".txt", Utf8(everywhere.ToString()));
        yield return new("invisible-controls", "only-controls", ".txt", Utf8(Repeat(string.Concat(controls), 2000)));
        yield return new("invisible-controls", "rlo-in-names", ".txt", Utf8("Strike in Portheaven\n\n“We will not go back to work until the port is safe,” said Mayor \u202EAnna Berg\u202C on Tuesday in \u2067Portheaven\u2069.\n\n" + Sentence));
        yield return new("invisible-controls", "zero-width-joined-words", ".txt", Utf8(Repeat("Port\u200Bheaven\u200D strike\u2060 ", 3000)));
        yield return new("invisible-controls", "in-html", ".html", Utf8(Page("<h1>Stri\u200Bke</h1><p>" + everywhere + "</p>")));
        yield return new("invisible-controls", "in-rss-title", ".xml", Utf8(Rss("<item><title>\u202Eekirts\u202C</title><link>https://example.org/\u200Ba</link><description>" + Sentence + "</description></item>")));
        yield return new("invisible-controls", "in-json", ".jsonl", Utf8("{\"id\":\"\\u202Eevil\",\"title\":\"\\u200B\",\"text\":\"" + everywhere + "\"}\n"));
    }

    private static IEnumerable<HostileInput> CombiningMarks()
    {
        var flood = "a" + new string('\u0301', 10000);
        yield return new("combining-marks", "one-letter-flood", ".txt", Utf8("Strike\n\n" + flood + " " + Sentence));
        yield return new("combining-marks", "every-letter", ".txt", Utf8(string.Concat(Repeat(Sentence, 50).Select(c => char.IsLetter(c) ? c + "\u0300\u0301\u0302\u0303\u0308\u0327" : c.ToString()))));
        yield return new("combining-marks", "marks-alone", ".txt", Utf8(new string('\u0336', 50000)));
        yield return new("combining-marks", "zalgo-name", ".txt", Utf8("Mayor A" + new string('\u0489', 3000) + "nna Berg said: “We will not go back.”\n\n" + Sentence));
        yield return new("combining-marks", "in-html", ".html", Utf8(Page("<p>" + flood + "</p><p>" + Sentence + "</p>")));
        yield return new("combining-marks", "in-json", ".jsonl", Utf8("{\"id\":\"zalgo\",\"text\":\"" + flood + "\"}\n"));
    }

    private static IEnumerable<HostileInput> XmlAttacks()
    {
        const string Item = "<item><title>Strike &xxe;</title><description>Text &xxe;</description></item>";
        yield return new("xml-attacks", "internal-dtd", ".xml", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe \"expanded\">]>" + Rss(Item)[XmlDeclaration.Length..]));
        yield return new("xml-attacks", "external-entity-file", ".xml", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + Rss(Item)[XmlDeclaration.Length..]));
        yield return new("xml-attacks", "external-entity-http", ".xml", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/xxe\">]>" + Rss(Item)[XmlDeclaration.Length..]));
        yield return new("xml-attacks", "external-dtd", ".xml", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + Rss("<item><title>Strike</title></item>")[XmlDeclaration.Length..]));
        yield return new("xml-attacks", "parameter-entity", ".xml", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>" + Rss("<item><title>Strike</title></item>")[XmlDeclaration.Length..]));
        yield return new("xml-attacks", "billion-laughs", ".xml", Utf8(BillionLaughs("rss") + "<rss version=\"2.0\"><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"));
        yield return new("xml-attacks", "billion-laughs-atom", ".atom", Utf8(BillionLaughs("feed") + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title><content>&lol9;</content></entry></feed>"));
        yield return new("xml-attacks", "quadratic-blowup", ".xml", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + new string('a', 50000) + "\">]><rss version=\"2.0\"><channel><item><title>" + Repeat("&a;", 50000) + "</title></item></channel></rss>"));
        yield return new("xml-attacks", "xinclude", ".xml", Utf8(Rss("<item xmlns:xi=\"http://www.w3.org/2001/XInclude\"><title>Strike</title><description><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></description></item>")));
        yield return new("xml-attacks", "xsl-stylesheet-pi", ".xml", Utf8("<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"http://127.0.0.1:9/x.xsl\"?>" + Rss("<item><title>Strike</title><description>" + Sentence + "</description></item>")[XmlDeclaration.Length..]));
        yield return new("xml-attacks", "html-page-with-entities", ".html", Utf8("<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><body><p>&xxe; " + Sentence + "</p></body></html>"));
        yield return new("xml-attacks", "escaped-dtd-in-description", ".xml", Utf8(Rss("<item><title>Strike</title><description>&lt;!DOCTYPE x [&lt;!ENTITY e SYSTEM \"file:///etc/passwd\"&gt;]&gt;&lt;p&gt;&amp;e; " + Sentence + "&lt;/p&gt;</description></item>")));
    }

    private const string XmlDeclaration = "<?xml version=\"1.0\"?>";

    /// <summary>An RSS 2.0 feed around <paramref name="items"/>.</summary>
    public static string Rss(string items) =>
        XmlDeclaration + "<rss version=\"2.0\"><channel><title>Hostile Wire</title><link>https://example.org/</link>" + items + "</channel></rss>";

    private static string BillionLaughs(string root)
    {
        var builder = new StringBuilder($"<?xml version=\"1.0\"?><!DOCTYPE {root} [<!ENTITY lol \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{level} \"");
            for (var i = 0; i < 10; i++)
            {
                builder.Append(CultureInfo.InvariantCulture, $"&lol{(level == 1 ? "" : (level - 1).ToString(CultureInfo.InvariantCulture))};");
            }

            builder.Append("\">");
        }

        return builder.Append("]>").ToString();
    }

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>Hostile</title></head><body><article>{body}</article></body></html>";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
