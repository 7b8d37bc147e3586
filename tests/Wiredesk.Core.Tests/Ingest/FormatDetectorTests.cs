using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData(".txt", "date 2026-03-04\nHello", InputFormat.Text)]
    [InlineData(".html", "<p>Hi</p>", InputFormat.Html)]
    [InlineData(".xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", InputFormat.Feed)]
    [InlineData(".xml", "<!DOCTYPE html><html><body></body></html>", InputFormat.Html)]
    [InlineData(".atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", InputFormat.Feed)]
    [InlineData(".jsonl", "{\"id\":\"a\"}", InputFormat.JsonLines)]
    [InlineData(null, "<!doctype html><html></html>", InputFormat.Html)]
    [InlineData(null, "<?xml version=\"1.0\"?>\n<rss></rss>", InputFormat.Feed)]
    [InlineData(null, "{\"id\":\"a\",\"text\":\"b\"}", InputFormat.JsonLines)]
    [InlineData(null, "PORTHEAVEN\nThe ferry...", InputFormat.Text)]
    [InlineData(".log", "Plain words", InputFormat.Text)]
    public void The_format_comes_from_the_extension_then_the_first_characters(string? extension, string text, InputFormat expected)
    {
        Assert.Equal(expected, FormatDetector.Detect(extension, text));
    }
}
