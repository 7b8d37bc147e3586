namespace Wiredesk.Core.Ingest;

/// <summary>Tells the format of an input from its file extension, and from its first characters when the extension says nothing or disagrees.</summary>
public static class FormatDetector
{
    /// <summary>The format of <paramref name="text"/>, read from a file with <paramref name="extension"/> (with its dot, or <see langword="null"/> for standard input).</summary>
    public static InputFormat Detect(string? extension, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sniffed = Sniff(text);
        switch (extension?.ToLowerInvariant())
        {
            case ".txt" or ".text" or ".md":
                return InputFormat.Text;
            case ".html" or ".htm" or ".xhtml" or ".shtml":
                return InputFormat.Html;
            case ".rss" or ".atom" or ".rdf" or ".xml":
                return sniffed == InputFormat.Html ? InputFormat.Html : InputFormat.Feed;
            case ".jsonl" or ".ndjson" or ".json":
                return InputFormat.JsonLines;
            default:
                return sniffed;
        }
    }

    private static InputFormat Sniff(string text)
    {
        var head = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        head = head[..Math.Min(head.Length, 1024)];
        if (head.StartsWith("{", StringComparison.Ordinal))
        {
            return InputFormat.JsonLines;
        }

        if (!head.StartsWith("<", StringComparison.Ordinal))
        {
            return InputFormat.Text;
        }

        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Feed;
        }

        return InputFormat.Html;
    }
}
