using System.Text;
using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Turns the bytes of an input into text: UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 by their marks,
/// UTF-16 without a mark by its zero bytes, an HTML page's declared charset, and Windows-1252 as the last resort for
/// bytes that are not UTF-8. Binary input (images, archives, PDFs, anything with stray NUL or control bytes) is refused
/// with an error that says what it looks like.
/// </summary>
public static partial class TextDecoder
{
    private const int SniffLength = 8192;

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="origin"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.IsEmpty)
        {
            return Failed(origin, "the file is empty");
        }

        if (KnownBinaryKind(bytes) is { } kind)
        {
            return Failed(origin, $"this is {kind}, not text, HTML, a feed or JSON Lines");
        }

        var (encoding, name, bomLength) = ByByteOrderMark(bytes);
        if (encoding is null)
        {
            (encoding, name) = ByZeroBytes(bytes);
        }

        if (encoding is null && ContainsNul(bytes))
        {
            return Failed(origin, "the file holds binary data (NUL bytes), not text, HTML, a feed or JSON Lines");
        }

        ReadProblem? warning = null;
        string text;
        if (encoding is not null)
        {
            try
            {
                text = encoding.GetString(bytes[bomLength..]);
            }
            catch (DecoderFallbackException ex)
            {
                return Failed(origin, $"the file starts as {name} but is not valid {name} ({ex.Message})");
            }
        }
        else if (DeclaredCharset(bytes) is { } declared)
        {
            text = declared.Encoding.GetString(bytes);
            name = declared.Name;
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
                name = "utf-8";
            }
            catch (DecoderFallbackException)
            {
                var bad = FirstInvalidUtf8Offset(bytes);
                text = Windows1252.GetString(bytes);
                name = "windows-1252";
                warning = new ReadProblem(origin, null, $"not valid UTF-8 (first bad byte at offset {bad}); read as Windows-1252", ProblemSeverity.Warning);
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(origin, "the file has no text (only whitespace)");
        }

        if (ControlCharacterShare(text) > 0.05)
        {
            return Failed(origin, "the file holds binary data (control characters), not text, HTML, a feed or JSON Lines");
        }

        return new DecodedText(text, name, warning);
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? Encoding.Latin1;

    private static DecodedText Failed(string origin, string message) =>
        new(null, "binary", new ReadProblem(origin, null, message, ProblemSeverity.Error));

    private static (Encoding? Encoding, string Name, int BomLength) ByByteOrderMark(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, "utf-8 (with BOM)", 3);
        }

        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32le", 4);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le", 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be", 2);
        }

        return (null, "", 0);
    }

    private static (Encoding? Encoding, string Name) ByZeroBytes(ReadOnlySpan<byte> b)
    {
        var sample = b[..Math.Min(b.Length, SniffLength)];
        if (sample.Length < 4 || sample.Length % 2 != 0 && sample.Length == b.Length)
        {
            return (null, "");
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }

            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le");
        }

        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be");
        }

        return (null, "");
    }

    private static bool ContainsNul(ReadOnlySpan<byte> b) => b[..Math.Min(b.Length, SniffLength)].Contains((byte)0);

    private static string? KnownBinaryKind(ReadOnlySpan<byte> b) => b switch
    {
        _ when b.StartsWith("%PDF"u8) => "a PDF document",
        _ when b.StartsWith("PK\x03\x04"u8) => "a ZIP archive (or a .docx/.xlsx/.epub)",
        _ when b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) => "a PNG image",
        _ when b.StartsWith("GIF8"u8) => "a GIF image",
        _ when b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => "a JPEG image",
        _ when b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) => "a gzip-compressed file (decompress it first)",
        _ when b.StartsWith("SQLite format 3\0"u8) => "a SQLite database",
        _ when b.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) => "an executable",
        _ => null,
    };

    private static (Encoding Encoding, string Name)? DeclaredCharset(ReadOnlySpan<byte> b)
    {
        var head = Encoding.ASCII.GetString(b[..Math.Min(b.Length, 2048)]);
        var match = CharsetDeclaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var declared = match.Groups["name"].Value.ToLowerInvariant();
        if (declared is "utf-8" or "utf8" or "us-ascii" or "ascii")
        {
            return null;
        }

        try
        {
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(declared) ?? Encoding.GetEncoding(declared);
            return (encoding, declared);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> b)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(b, new char[b.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    private static double ControlCharacterShare(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SniffLength));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return (double)control / sample.Length;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase, RegexTimeout.Milliseconds)]
    private static partial Regex CharsetDeclaration();
}
