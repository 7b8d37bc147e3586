namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Reads the PETRARCH discards dictionary: one phrase per line, <c>+</c> in front for a story discard, <c>_</c> at
/// the end when the last word must be whole (otherwise it matches as a stem), case-insensitive.
/// </summary>
internal static class DiscardListReader
{
    public static DiscardList Read(string content, string fileName = "discards")
    {
        var entries = new List<DiscardEntry>();
        foreach (var (number, text) in DictionaryLines.Of(content))
        {
            var story = text.StartsWith('+');
            var phrase = story ? text[1..].Trim() : text;
            var whole = phrase.EndsWith('_');
            var words = phrase.ToUpperInvariant().Split((char[])[' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                throw new DictionaryFormatException(fileName, number, "a discard line needs a phrase");
            }

            entries.Add(new DiscardEntry(words, story, whole));
        }

        return new DiscardList(entries);
    }
}
