namespace Wiredesk.Core.Entities;

/// <summary>
/// The observation features of one token, as hashes: the word and its folded form, folded words two either side and
/// the bigrams around it, prefixes and suffixes of one to four characters, long and short word shapes with their
/// neighbours', capitalisation joined with the sentence start and with headline capitals, length, and lexicon and
/// known-entity matches of the token and its neighbours. Training and tagging share this code, so a model only
/// works with the feature set it was trained on (<see cref="NerModel.FeatureSetVersion"/>).
/// </summary>
internal static class NerFeatures
{
    /// <summary>The most features one token can have.</summary>
    public const int MaxPerToken = 128;

    private const ulong Boundary = 0x5EB7A11CE5UL;

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="into"/> and returns their number.</summary>
    public static int Extract(SentenceAnalysis sentence, int i, Span<ulong> into)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var n = 0;
        var words = sentence.Words;
        var word = words[i];
        var token = sentence.Tokens[i].In(sentence.Text);

        into[n++] = FeatureHash.Of(0, 0);
        into[n++] = FeatureHash.Of(1, word.Raw);
        into[n++] = FeatureHash.Of(2, word.Folded);
        var previous = Folded(words, i - 1);
        var next = Folded(words, i + 1);
        into[n++] = FeatureHash.Of(3, previous);
        into[n++] = FeatureHash.Of(4, next);
        into[n++] = FeatureHash.Of(5, Folded(words, i - 2));
        into[n++] = FeatureHash.Of(6, Folded(words, i + 2));
        into[n++] = FeatureHash.Of(7, previous, word.Folded);
        into[n++] = FeatureHash.Of(8, word.Folded, next);

        var letters = Math.Min(token.Length, 4);
        for (var k = 1; k <= letters && k < token.Length; k++)
        {
            into[n++] = FeatureHash.Of(9, (ulong)k, WordForms.AffixHash(token, k, suffix: false));
            into[n++] = FeatureHash.Of(10, (ulong)k, WordForms.AffixHash(token, k, suffix: true));
        }

        var shapePrevious = ShortShape(words, i - 1);
        var shapeNext = ShortShape(words, i + 1);
        into[n++] = FeatureHash.Of(11, word.Shape);
        into[n++] = FeatureHash.Of(12, word.ShortShape);
        into[n++] = FeatureHash.Of(13, shapePrevious, word.ShortShape);
        into[n++] = FeatureHash.Of(14, word.ShortShape, shapeNext);
        into[n++] = FeatureHash.Of(15, shapePrevious, word.ShortShape, shapeNext);
        into[n++] = FeatureHash.Of(16, previous, word.ShortShape);
        into[n++] = FeatureHash.Of(17, word.ShortShape, next);
        into[n++] = FeatureHash.Of(18, i == 0 ? 1UL : 0UL, (ulong)word.Flags);
        into[n++] = FeatureHash.Of(19, (ulong)Math.Min(word.Length, 12), word.ShortShape);
        into[n++] = FeatureHash.Of(20, ShortShape(words, i - 2), shapePrevious, word.ShortShape);
        into[n++] = FeatureHash.Of(21, word.ShortShape, shapeNext, ShortShape(words, i + 2));
        if (sentence.InCapitals)
        {
            into[n++] = FeatureHash.Of(22, word.Folded);
            into[n++] = FeatureHash.Of(23, word.ShortShape);
        }

        n = AddMatches(sentence.Lexicon, i, 24, n, into);
        n = AddMatches(sentence.Known, i, 27, n, into);
        return n;
    }

    private static int AddMatches(ulong[] marks, int i, int template, int n, Span<ulong> into)
    {
        for (var bits = marks[i]; bits != 0; bits &= bits - 1)
        {
            if (n >= MaxPerToken - 2)
            {
                return n;
            }

            into[n++] = FeatureHash.Of(template, (ulong)System.Numerics.BitOperations.TrailingZeroCount(bits));
        }

        n = AddNeighbour(marks, i - 1, template + 1, n, into);
        return AddNeighbour(marks, i + 1, template + 2, n, into);
    }

    private static int AddNeighbour(ulong[] marks, int j, int template, int n, Span<ulong> into)
    {
        if (j < 0 || j >= marks.Length)
        {
            return n;
        }

        var categories = 0UL;
        for (var bits = marks[j]; bits != 0; bits &= bits - 1)
        {
            categories |= 1UL << (System.Numerics.BitOperations.TrailingZeroCount(bits) / 4);
        }

        for (; categories != 0 && n < MaxPerToken; categories &= categories - 1)
        {
            into[n++] = FeatureHash.Of(template, (ulong)System.Numerics.BitOperations.TrailingZeroCount(categories));
        }

        return n;
    }

    private static ulong Folded(WordInfo[] words, int j) => j >= 0 && j < words.Length ? words[j].Folded : Boundary + (ulong)(j < 0 ? -j : j - words.Length + 10);

    private static ulong ShortShape(WordInfo[] words, int j) => j >= 0 && j < words.Length ? words[j].ShortShape : Boundary + (ulong)(j < 0 ? -j : j - words.Length + 10);
}
