using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// Trains a <see cref="NerModel"/> as an averaged structured perceptron (Collins 2002): each sentence is decoded with
/// Viterbi under the current weights, and where the best sequence differs from the gold one the gold features gain
/// and the predicted ones lose. The averaged weights generalise better than the last ones. Deterministic for a seed.
/// </summary>
internal sealed class NerTrainer
{
    private const int T = BilouTags.Count;

    private readonly NerTrainingOptions _options;

    public NerTrainer(NerTrainingOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Trains on <paramref name="sentences"/>; <paramref name="afterEpoch"/>, if given, sees the averaged model after every pass.</summary>
    public NerModel Train(IReadOnlyList<NerTrainingSentence> sentences, Action<int, NerModel>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lexicon = HandLexicon.Create();
        var known = KnownNames(sentences, _ => true);
        var folds = Enumerable.Range(0, _options.Folds).Select(k => KnownNames(sentences, i => i % _options.Folds != k)).ToArray();

        var index = new Dictionary<ulong, int>();
        var hashes = new List<ulong>();
        var encoded = new EncodedSentence[sentences.Count];
        Span<ulong> buffer = stackalloc ulong[NerFeatures.MaxPerToken];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (text, tokens) = Join(sentences[s].Words);
            var analysis = SentenceAnalysis.Create(text, tokens, lexicon, folds[s % _options.Folds]);
            var offsets = new int[tokens.Length + 1];
            var features = new List<int>(tokens.Length * 48);
            for (var i = 0; i < tokens.Length; i++)
            {
                var count = NerFeatures.Extract(analysis, i, buffer);
                for (var f = 0; f < count; f++)
                {
                    if (buffer[f] == 0)
                    {
                        continue;
                    }

                    if (!index.TryGetValue(buffer[f], out var row))
                    {
                        row = hashes.Count;
                        index.Add(buffer[f], row);
                        hashes.Add(buffer[f]);
                    }

                    features.Add(row);
                }

                offsets[i + 1] = features.Count;
            }

            encoded[s] = new EncodedSentence([.. features], offsets, BilouTags.Encode(sentences[s].Entities, tokens.Length));
        }

        var state = new PerceptronState(hashes.Count);
        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                state.Learn(encoded[s]);
            }

            if (afterEpoch is not null)
            {
                afterEpoch(epoch, state.Averaged(hashes, known, lexicon, 0f));
            }
        }

        return state.Averaged(hashes, known, lexicon, _options.PruneBelow);
    }

    /// <summary>A sentence's words joined by single spaces, and each word's span in the result.</summary>
    public static (string Text, TextSpan[] Tokens) Join(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = new TextSpan[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new TextSpan(offset, words[i].Length);
            offset += words[i].Length + 1;
        }

        return (string.Join(' ', words), tokens);
    }

    private static Gazetteer KnownNames(IReadOnlyList<NerTrainingSentence> sentences, Func<int, bool> include)
    {
        var entries = new List<GazetteerEntry>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!include(s))
            {
                continue;
            }

            foreach (var chunk in sentences[s].Entities)
            {
                var words = new string[chunk.Count];
                for (var i = 0; i < chunk.Count; i++)
                {
                    words[i] = sentences[s].Words[chunk.First + i];
                }

                entries.Add(new GazetteerEntry(words, (int)chunk.Type));
            }
        }

        return new Gazetteer(entries);
    }

    private sealed record EncodedSentence(int[] Features, int[] Offsets, int[] Gold)
    {
        public int Length => Gold.Length;
    }

    /// <summary>Current weights and the sums that give their averages (the trick of Daumé: average = w − u / c).</summary>
    private sealed class PerceptronState(int features)
    {
        private readonly float[] _weights = new float[features * T];
        private readonly double[] _updates = new double[features * T];
        private readonly float[] _transitions = new float[T * T];
        private readonly double[] _transitionUpdates = new double[T * T];
        private int _clock = 1;

        public void Learn(EncodedSentence sentence)
        {
            var n = sentence.Length;
            var emissions = new float[n * T];
            for (var i = 0; i < n; i++)
            {
                var scores = emissions.AsSpan(i * T, T);
                for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
                {
                    var weights = _weights.AsSpan(sentence.Features[f] * T, T);
                    for (var t = 0; t < T; t++)
                    {
                        scores[t] += weights[t];
                    }
                }
            }

            var predicted = new int[n];
            ViterbiDecoder.Decode(emissions, _transitions, predicted);
            var gold = sentence.Gold;
            for (var i = 0; i < n; i++)
            {
                if (predicted[i] != gold[i])
                {
                    for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
                    {
                        var row = sentence.Features[f] * T;
                        Update(_weights, _updates, row + gold[i], 1);
                        Update(_weights, _updates, row + predicted[i], -1);
                    }
                }

                if (i > 0 && (predicted[i] != gold[i] || predicted[i - 1] != gold[i - 1]))
                {
                    Update(_transitions, _transitionUpdates, (gold[i - 1] * T) + gold[i], 1);
                    Update(_transitions, _transitionUpdates, (predicted[i - 1] * T) + predicted[i], -1);
                }
            }

            _clock++;
        }

        public NerModel Averaged(List<ulong> hashes, Gazetteer known, Gazetteer lexicon, float pruneBelow)
        {
            var keptHashes = new List<ulong>();
            var kept = new List<float>();
            Span<float> row = stackalloc float[T];
            for (var f = 0; f < hashes.Count; f++)
            {
                var largest = 0f;
                for (var t = 0; t < T; t++)
                {
                    row[t] = Average(_weights, _updates, (f * T) + t);
                    largest = Math.Max(largest, Math.Abs(row[t]));
                }

                if (largest > 0 && largest >= pruneBelow)
                {
                    keptHashes.Add(hashes[f]);
                    foreach (var w in row)
                    {
                        kept.Add(w);
                    }
                }
            }

            var transitions = new float[T * T];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = Average(_transitions, _transitionUpdates, i);
            }

            return NerModel.Quantise(keptHashes, [.. kept], transitions, known, lexicon);
        }

        private float Average(float[] weights, double[] updates, int i) => (float)(weights[i] - (updates[i] / _clock));

        private void Update(float[] weights, double[] updates, int i, int delta)
        {
            weights[i] += delta;
            updates[i] += (double)_clock * delta;
        }
    }
}
