namespace Wiredesk.Core.Entities;

/// <summary>
/// Reads CoNLL-2003 text: one token per line, columns separated by spaces, the word first and the entity label last;
/// blank lines end sentences and <c>-DOCSTART-</c> lines are skipped.
/// </summary>
internal static class ConllFormat
{
    public static List<ConllSentence> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var labels = new List<string>();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            var columns = trimmed.Split(' ', '\t');
            if (columns.Length < 2)
            {
                throw new FormatException($"A CoNLL line needs a word and a label: '{line}'");
            }

            words.Add(columns[0]);
            labels.Add(columns[^1]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. labels]));
                words.Clear();
                labels.Clear();
            }
        }
    }
}
