namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Splits a PETRARCH-style dictionary into its meaningful lines: <c>&lt;!-- … --&gt;</c> comments (on one line or
/// several) and <c>#</c> comments are dropped (a <c>#</c> inside <c>[…]</c>, as in the code <c>[###]</c>, is kept),
/// blank lines are skipped and the rest is trimmed.
/// </summary>
internal static class DictionaryLines
{
    public static IEnumerable<DictionaryLine> Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var number = 0;
        var inComment = false;
        using var reader = new StringReader(content);
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (inComment)
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith("<!", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            line = WithoutHashComment(line).Trim();
            if (line.Length > 0)
            {
                yield return new DictionaryLine(number, line);
            }
        }
    }

    private static string WithoutHashComment(string line)
    {
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '#' when depth == 0:
                    return line[..i];
            }
        }

        return line;
    }
}
