namespace Wiredesk.Core.Events.Coding;

/// <summary>The discards dictionary: phrases that stop a sentence (or its whole story) from being coded.</summary>
internal sealed class DiscardList
{
    public DiscardList(IReadOnlyList<DiscardEntry> entries) => Entries = entries;

    public static DiscardList Empty { get; } = new([]);

    public IReadOnlyList<DiscardEntry> Entries { get; }

    /// <summary>The first entry found in the token keys, if any.</summary>
    public DiscardEntry? Find(IReadOnlyList<string> keys)
    {
        foreach (var entry in Entries)
        {
            for (var start = 0; start + entry.Words.Count <= keys.Count; start++)
            {
                if (Matches(entry, keys, start))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private static bool Matches(DiscardEntry entry, IReadOnlyList<string> keys, int start)
    {
        for (var i = 0; i < entry.Words.Count; i++)
        {
            var key = keys[start + i];
            var word = entry.Words[i];
            var last = i == entry.Words.Count - 1;
            var ok = last && !entry.WholeWord
                ? key.StartsWith(word, StringComparison.Ordinal)
                : string.Equals(key, word, StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
