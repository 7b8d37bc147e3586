using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// A trained named-entity tagger: a weight per (feature, tag), tag-to-tag transition weights and the gazetteer of
/// entity names seen in training, decoded with Viterbi over BILOU tags. Immutable and safe to share between threads.
/// </summary>
internal sealed class NerModel
{
    /// <summary>The version of <see cref="NerFeatures"/> (and <see cref="HandLexicon"/>) a model must have been trained with.</summary>
    public const int FeatureSetVersion = 1;

    /// <summary>The name of the model embedded in the assembly.</summary>
    public const string DefaultResource = "Wiredesk.Core.Entities.Model.ner-v1.bin";

    private const int T = BilouTags.Count;

    private readonly float[] _weights;
    private readonly float[] _transitions;

    /// <param name="hashes">The features, one per weight row.</param>
    /// <param name="weights">Row-major weights, <c>hashes.Count * 17</c> of them.</param>
    /// <param name="transitions">The 17 × 17 transition weights.</param>
    /// <param name="known">The gazetteer of entity names seen in training (categories are <see cref="EntityType"/> values).</param>
    /// <param name="lexicon">The hand-written lexicon the features use.</param>
    public NerModel(IReadOnlyList<ulong> hashes, float[] weights, float[] transitions, Gazetteer known, Gazetteer lexicon)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        if (weights.Length != hashes.Count * T || transitions.Length != T * T)
        {
            throw new ArgumentException("The weights do not match the features and tags.", nameof(weights));
        }

        Hashes = hashes;
        Features = new FeatureTable(hashes);
        _weights = weights;
        _transitions = transitions;
        Known = known ?? throw new ArgumentNullException(nameof(known));
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    public IReadOnlyList<ulong> Hashes { get; }

    public FeatureTable Features { get; }

    public ReadOnlySpan<float> Weights => _weights;

    public ReadOnlySpan<float> Transitions => _transitions;

    public Gazetteer Known { get; }

    public Gazetteer Lexicon { get; }

    /// <summary>Reads the model embedded in the Core assembly. Each call reads it afresh; keep the result.</summary>
    public static NerModel LoadDefault()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResource} is missing from the assembly.");
        return NerModelFormat.Read(stream);
    }

    /// <summary>The entities in one sentence given as tokens of <paramref name="text"/>.</summary>
    public List<TaggedChunk> Recognize(string text, IReadOnlyList<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var tags = new int[tokens.Count];
        Tag(SentenceAnalysis.Create(text, tokens as TextSpan[] ?? [.. tokens], Lexicon, Known), tags);
        return BilouTags.Decode(tags);
    }

    /// <summary>The best tag of every token of <paramref name="sentence"/>.</summary>
    public void Tag(SentenceAnalysis sentence, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var n = sentence.Count;
        var emissions = new float[n * T];
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxPerToken];
        for (var i = 0; i < n; i++)
        {
            var count = NerFeatures.Extract(sentence, i, features);
            var scores = emissions.AsSpan(i * T, T);
            for (var f = 0; f < count; f++)
            {
                var row = Features.Find(features[f]);
                if (row < 0)
                {
                    continue;
                }

                var weights = _weights.AsSpan(row * T, T);
                for (var t = 0; t < T; t++)
                {
                    scores[t] += weights[t];
                }
            }
        }

        ViterbiDecoder.Decode(emissions, _transitions, tags);
    }
}
