namespace Wiredesk.Core.Reuse;

/// <summary>
/// The invented language of <see cref="SyntheticNews"/>: a few thousand made-up words drawn with Zipf frequencies
/// (the commonest English function words at the top), invented names, and British words that copies may spell the
/// American way.
/// </summary>
internal sealed class SyntheticVocabulary
{
    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "it", "with", "was", "as", "he", "said", "at", "by",
        "his", "be", "from", "has", "have", "an", "they", "not", "are", "this", "but", "had", "were", "its", "after", "will",
        "who", "would", "been", "their", "which", "she", "we", "more", "than", "also", "over", "about", "new", "up", "year",
    ];

    private static readonly (string British, string American)[] Spellings =
    [
        ("colour", "color"), ("organised", "organized"), ("centre", "center"), ("defence", "defense"), ("programme", "program"),
        ("travelled", "traveled"), ("analyse", "analyze"), ("labour", "labor"), ("theatre", "theater"), ("favour", "favor"),
        ("recognised", "recognized"), ("neighbours", "neighbors"), ("criticised", "criticized"), ("licence", "license"),
        ("cancelled", "canceled"), ("metres", "meters"), ("behaviour", "behavior"), ("modernisation", "modernization"),
    ];

    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "ch", "cl", "dr", "gr", "pl", "st", "tr", "sh", "th"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "nd", "rk", "st", "m"];

    private readonly string[] _words;
    private readonly double[] _cumulative;

    public SyntheticVocabulary(int seed, int size)
    {
        var random = new Random(seed);
        var words = new List<string>(FunctionWords);
        var taken = new HashSet<string>(words, StringComparer.Ordinal);
        var spellingRanks = new Queue<(string British, string American)>(Spellings);
        while (words.Count < size)
        {
            if (spellingRanks.Count > 0 && words.Count % 97 == 0)
            {
                words.Add(spellingRanks.Dequeue().British);
                continue;
            }

            var word = Invent(random, 1 + random.Next(3));
            if (taken.Add(word))
            {
                words.Add(word);
            }
        }

        _words = [.. words];
        _cumulative = new double[_words.Length];
        var total = 0.0;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            total += 1.0 / (rank + 2.7);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < _words.Length; rank++)
        {
            _cumulative[rank] /= total;
        }

        Names = Enumerable.Range(0, 400).Select(_ => Capital(Invent(random, 2)) + " " + Capital(Invent(random, 2 + random.Next(2)))).ToArray();
        American = Spellings.ToDictionary(s => s.British, s => s.American, StringComparer.Ordinal);
    }

    /// <summary>Invented full names.</summary>
    public string[] Names { get; }

    /// <summary>The American spelling of each British word in the vocabulary.</summary>
    public Dictionary<string, string> American { get; }

    /// <summary>A word drawn with Zipf frequencies.</summary>
    public string Word(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(at < 0 ? ~at : at, _words.Length - 1)];
    }

    public static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Invent(Random random, int syllables)
    {
        var parts = new string[syllables * 3];
        for (var s = 0; s < syllables; s++)
        {
            parts[s * 3] = Onsets[random.Next(Onsets.Length)];
            parts[(s * 3) + 1] = Nuclei[random.Next(Nuclei.Length)];
            parts[(s * 3) + 2] = s == syllables - 1 ? Codas[random.Next(Codas.Length)] : string.Empty;
        }

        return string.Concat(parts);
    }
}
