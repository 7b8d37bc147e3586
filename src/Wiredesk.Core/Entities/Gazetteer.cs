namespace Wiredesk.Core.Entities;

/// <summary>
/// A list of capitalised phrases in up to sixteen categories, matched on folded tokens (case and diacritics ignored,
/// but the first and last token of a match must start with a capital). Marking a sentence sets, for every token inside
/// a match, the bit <c>category * 4 + position</c>, the position being B, I, L or U (see <see cref="BilouTags"/>).
/// Immutable and safe to share.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxCategories = 16;

    private readonly Dictionary<ulong, ushort> _phrases = [];
    private readonly HashSet<ulong> _prefixes = [];
    private readonly int _longest;

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var kept = new List<GazetteerEntry>();
        foreach (var entry in entries)
        {
            if (entry.Words.Count == 0 || entry.Category is < 0 or >= MaxCategories)
            {
                continue;
            }

            var hash = FeatureHash.Empty;
            for (var i = 0; i < entry.Words.Count; i++)
            {
                hash = FeatureHash.Combine(hash, WordForms.FoldedHash(entry.Words[i]));
                if (i < entry.Words.Count - 1)
                {
                    _prefixes.Add(hash);
                }
            }

            var bit = (ushort)(1 << entry.Category);
            _phrases.TryGetValue(hash, out var mask);
            if ((mask & bit) == 0)
            {
                _phrases[hash] = (ushort)(mask | bit);
                kept.Add(entry);
            }

            _longest = Math.Max(_longest, entry.Words.Count);
        }

        Entries = kept;
    }

    /// <summary>An empty gazetteer.</summary>
    public static Gazetteer None { get; } = new([]);

    /// <summary>The distinct entries, in the order they were given.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Sets the match bits of every token of <paramref name="words"/> into <paramref name="marks"/>.</summary>
    public void Mark(ReadOnlySpan<WordInfo> words, Span<ulong> marks)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].StartsUpper)
            {
                continue;
            }

            var hash = FeatureHash.Empty;
            var end = Math.Min(words.Length, i + _longest);
            for (var j = i; j < end; j++)
            {
                hash = FeatureHash.Combine(hash, words[j].Folded);
                if (_phrases.TryGetValue(hash, out var mask) && words[j].StartsUpper)
                {
                    MarkMatch(i, j, mask, marks);
                }

                if (!_prefixes.Contains(hash))
                {
                    break;
                }
            }
        }
    }

    private static void MarkMatch(int first, int last, ushort mask, Span<ulong> marks)
    {
        for (var category = 0; mask != 0; category++, mask >>= 1)
        {
            if ((mask & 1) == 0)
            {
                continue;
            }

            for (var k = first; k <= last; k++)
            {
                var position = first == last ? BilouTags.Unit : k == first ? BilouTags.Begin : k == last ? BilouTags.Last : BilouTags.Inside;
                marks[k] |= 1UL << ((category * 4) + position);
            }
        }
    }
}
