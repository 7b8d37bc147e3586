using System.Text;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>The huge hostile inputs, written straight to disk a block at a time so that making them takes no memory.</summary>
internal static class HugeInputs
{
    public const long TwoHundredMegabytes = 200L * 1024 * 1024;

    public const long FiftyMegabytes = 50L * 1024 * 1024;

    /// <summary>A file of one line of <paramref name="bytes"/> bytes of words, with no line break anywhere.</summary>
    public static void WriteSingleLine(string path, long bytes)
    {
        using var file = File.Create(path);
        WriteWords(file, bytes);
    }

    /// <summary>JSON Lines: a small article, one article whose text makes the line <paramref name="bigLineBytes"/> long, and another small article.</summary>
    public static void WriteJsonLinesWithBigLine(string path, long bigLineBytes)
    {
        using var file = File.Create(path);
        file.Write("{\"id\":\"before\",\"text\":\"Harbor pilots walked out on Tuesday.\"}\n"u8);
        var head = "{\"id\":\"huge\",\"title\":\"Huge\",\"text\":\""u8;
        var tail = "\"}\n"u8;
        file.Write(head);
        WriteWords(file, bigLineBytes - head.Length - tail.Length + 1);
        file.Write(tail);
        file.Write("{\"id\":\"after\",\"text\":\"The port authority said talks would resume.\"}\n"u8);
    }

    private static void WriteWords(Stream file, long bytes)
    {
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("harbor pilots strike portheaven ", 2048)));
        for (var written = 0L; written < bytes; written += block.Length)
        {
            file.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
        }
    }
}
