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

    private readonly short[] _weights;
    private readonly float[] _transitions;

    /// <param name="hashes">The features, one per weight row.</param>
    /// <param name="weights">Row-major weights in units of <paramref name="step"/>, <c>hashes.Count * 17</c> of them.</param>
    /// <param name="step">The value of one unit of <paramref name="weights"/>.</param>
    /// <param name="transitions">The 17 × 17 transition weights.</param>
    /// <param name="known">The gazetteer of entity names seen in training (categories are <see cref="EntityType"/> values).</param>
    /// <param name="lexicon">The hand-written lexicon the features use.</param>
    public NerModel(IReadOnlyList<ulong> hashes, short[] weights, float step, float[] transitions, Gazetteer known, Gazetteer lexicon)
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
        Step = step;
        _transitions = transitions;
        Known = known ?? throw new ArgumentNullException(nameof(known));
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    public IReadOnlyList<ulong> Hashes { get; }

    public FeatureTable Features { get; }

    /// <summary>Row-major quantised weights; multiply by <see cref="Step"/>.</summary>
    public ReadOnlySpan<short> Weights => _weights;

    public float Step { get; }

    public ReadOnlySpan<float> Transitions => _transitions;

    public Gazetteer Known { get; }

    public Gazetteer Lexicon { get; }

    /// <summary>A model from float weights, quantised to 16-bit steps of the largest weight / 32767.</summary>
    public static NerModel Quantise(IReadOnlyList<ulong> hashes, ReadOnlySpan<float> weights, float[] transitions, Gazetteer known, Gazetteer lexicon)
    {
        var largest = 0f;
        foreach (var w in weights)
        {
            largest = Math.Max(largest, Math.Abs(w));
        }

        var step = largest > 0 ? largest / short.MaxValue : 1f;
        var quantised = new short[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantised[i] = (short)Math.Clamp(MathF.Round(weights[i] / step), -short.MaxValue, short.MaxValue);
        }

        return new NerModel(hashes, quantised, step, transitions, known, lexicon);
    }

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
        Span<float> emissions = n <= 256 ? stackalloc float[n * T] : new float[n * T];
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxPerToken];
        Span<int> scores = stackalloc int[T];
        for (var i = 0; i < n; i++)
        {
            var count = NerFeatures.Extract(sentence, i, features);
            scores.Clear();
            for (var f = 0; f < count; f++)
            {
                var row = Features.Find(features[f]);
                if (row < 0)
                {
                    continue;
                }

                WeightRows.Add(_weights.AsSpan(row * T, T), scores);
            }

            var into = emissions.Slice(i * T, T);
            for (var t = 0; t < T; t++)
            {
                into[t] = scores[t] * Step;
            }
        }

        ViterbiDecoder.Decode(emissions, _transitions, tags);
    }
}
