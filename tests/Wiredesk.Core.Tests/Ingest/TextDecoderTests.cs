using System.Text;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

public sealed class TextDecoderTests
{
    private const string Article = "Türkiye’s “port” reopened — on Tuesday.";

    [Fact]
    public void Utf8_without_a_byte_order_mark_is_read_as_is()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Article), "a.txt");

        Assert.Equal(Article, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_loses_the_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Article)).ToArray();

        var decoded = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Article, decoded.Text);
        Assert.Equal("utf-8 (with BOM)", decoded.Encoding);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_with_a_byte_order_mark_is_read(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Article)).ToArray();

        var decoded = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Article, decoded.Text);
        Assert.Equal(name, decoded.Encoding);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_told_by_its_zero_bytes()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes("The harbor reopened on Tuesday after the strike.");

        var decoded = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal("The harbor reopened on Tuesday after the strike.", decoded.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252_with_a_warning_naming_the_offset()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 owners in Portheaven");

        var decoded = TextDecoder.Decode(bytes, "latin.txt");

        Assert.Equal("Café owners in Portheaven", decoded.Text);
        Assert.Equal(ProblemSeverity.Warning, decoded.Problem?.Severity);
        Assert.Contains("offset 3", decoded.Problem!.Message);
        Assert.Equal("latin.txt", decoded.Problem.Origin);
    }

    [Fact]
    public void An_html_page_declaring_its_charset_is_decoded_with_it()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9</p></body></html>";

        var decoded = TextDecoder.Decode(Encoding.Latin1.GetBytes(html), "page.html");

        Assert.Contains("Café", decoded.Text);
        Assert.Equal("iso-8859-1", decoded.Encoding);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var decoded = TextDecoder.Decode([], "empty.txt");

        Assert.Null(decoded.Text);
        Assert.Equal("empty.txt: error: the file is empty", decoded.Problem!.ToString());
    }

    [Fact]
    public void A_file_of_whitespace_is_an_error()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t\n "), "blank.txt");

        Assert.Null(decoded.Text);
        Assert.Contains("no text", decoded.Problem!.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip")]
    public void Known_binary_formats_are_named_in_the_error(byte[] bytes, string named)
    {
        var decoded = TextDecoder.Decode(bytes, "x.txt");

        Assert.Null(decoded.Text);
        Assert.Equal(ProblemSeverity.Error, decoded.Problem!.Severity);
        Assert.Contains(named, decoded.Problem.Message);
    }

    [Fact]
    public void Random_binary_bytes_are_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var decoded = TextDecoder.Decode(bytes, "noise.bin");

        Assert.Null(decoded.Text);
        Assert.Contains("binary", decoded.Problem!.Message);
    }
}
