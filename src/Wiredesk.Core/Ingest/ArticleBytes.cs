namespace Wiredesk.Core.Ingest;

/// <summary>
/// Turns the bytes of one input (a file, standard input, a posted body, a fetched feed) into raw articles: decodes them,
/// tells the format from the extension or the text, and hands the text to its parser. Never throws for bad input.
/// </summary>
public static class ArticleBytes
{
    /// <summary>The file extensions read as articles when a folder is read or watched (so that a README.md is not).</summary>
    public static IReadOnlySet<string> ArticleExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".xml", ".rss", ".atom", ".rdf", ".jsonl", ".ndjson", ".json",
    };

    /// <summary>Reads <paramref name="bytes"/> as one input named <paramref name="id"/>.</summary>
    /// <param name="id">The id the input gives its article (or the prefix of its items' ids).</param>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="extension">A file extension (<c>.html</c>) that says the format, or null to tell it from the text.</param>
    /// <param name="origin">Where the bytes came from, for problems and the documents' origin.</param>
    /// <param name="format">The format when the caller knows it (a Content-Type), else null.</param>
    /// <param name="limits">The read limits (size of an article and of a feed, paragraphs); the defaults when null.</param>
    public static ReadResult Read(string id, ReadOnlySpan<byte> bytes, string? extension, string origin, InputFormat? format = null, ReadLimits? limits = null)
    {
        var decoded = TextDecoder.Decode(bytes, origin);
        if (decoded.Text is null)
        {
            return new ReadResult([], [decoded.Problem!]);
        }

        var result = ArticleReader.Read(id, decoded.Text, format ?? FormatDetector.Detect(extension, decoded.Text), origin, limits ?? ReadLimits.Default);
        return decoded.Problem is null ? result : result with { Problems = [decoded.Problem, .. result.Problems] };
    }

    /// <summary>The id a file gives its article: its name without extension (<c>.rss.xml</c> and <c>.atom.xml</c> counted as one).</summary>
    public static string IdOfFile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName);
        foreach (var doubled in new[] { ".rss.xml", ".atom.xml" })
        {
            if (name.EndsWith(doubled, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^doubled.Length];
            }
        }

        return Path.GetFileNameWithoutExtension(name);
    }
}
