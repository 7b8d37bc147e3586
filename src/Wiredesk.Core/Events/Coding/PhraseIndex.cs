namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Phrases (sequences of upper-case words) indexed by their first word, for longest-match look-up over a token
/// sequence.
/// </summary>
/// <typeparam name="T">What each phrase stands for.</typeparam>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(IReadOnlyList<string> Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirst[words[0]] = list;
        }

        var at = list.FindIndex(p => p.Words.Count < words.Count);
        list.Insert(at < 0 ? list.Count : at, (words, value));
        Count++;
    }

    /// <summary>Every phrase stored, with its value.</summary>
    public IEnumerable<(IReadOnlyList<string> Words, T Value)> All => _byFirst.Values.SelectMany(l => l);

    /// <summary>
    /// The longest phrase whose words are the keys starting at <paramref name="start"/> and whose value passes
    /// <paramref name="accept"/>; its length in tokens, or 0.
    /// </summary>
    public int LongestAt(IReadOnlyList<string> keys, int start, Func<T, bool> accept, out T? value)
    {
        value = default;
        if (!_byFirst.TryGetValue(keys[start], out var list))
        {
            return 0;
        }

        foreach (var (words, candidate) in list)
        {
            if (start + words.Count > keys.Count)
            {
                continue;
            }

            var same = true;
            for (var i = 1; i < words.Count && same; i++)
            {
                same = string.Equals(keys[start + i], words[i], StringComparison.Ordinal);
            }

            if (same && accept(candidate))
            {
                value = candidate;
                return words.Count;
            }
        }

        return 0;
    }
}
