namespace Wiredesk.Core.Stories;

/// <summary>
/// The learned join decision: a logistic model over <see cref="StoryFeatures"/> giving the probability that an article
/// (or a story) reports the same event as a story. Fitted by <see cref="Fit"/> on labelled streams
/// (<c>eval stories --fit</c>); the defaults in <see cref="StoryOptions"/> came from the tuning half of the Giveme5W1H
/// development events.
/// </summary>
/// <param name="Weights">One weight per feature, in <see cref="StoryFeatures.Names"/> order.</param>
/// <param name="Bias">The intercept.</param>
public sealed record StoryModel(IReadOnlyList<double> Weights, double Bias)
{
    /// <summary>The names of the features, in the order the weights follow.</summary>
    public static IReadOnlyList<string> FeatureNames => StoryFeatures.Names;

    /// <summary>The probability of "same event" for <paramref name="features"/>.</summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        if (features.Length != Weights.Count)
        {
            throw new ArgumentException($"expected {Weights.Count} features, got {features.Length}", nameof(features));
        }

        var z = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// Fits a model by batch gradient descent on the log loss with an L2 penalty, the two classes weighed equally.
    /// Deterministic: no sampling.
    /// </summary>
    public static StoryModel Fit(IReadOnlyList<(double[] Features, bool Same)> examples, double l2 = 0.0005, int iterations = 20000, double rate = 1.0)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0 || examples.All(e => e.Same) || examples.All(e => !e.Same))
        {
            throw new ArgumentException("fitting needs examples of both classes", nameof(examples));
        }

        var width = examples[0].Features.Length;
        var positives = examples.Count(e => e.Same);
        var (positiveWeight, negativeWeight) = (0.5 / positives, 0.5 / (examples.Count - positives));
        var weights = new double[width];
        var bias = 0.0;
        var gradient = new double[width];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            foreach (var (features, same) in examples)
            {
                var z = bias;
                for (var i = 0; i < width; i++)
                {
                    z += weights[i] * features[i];
                }

                var error = ((1 / (1 + Math.Exp(-z))) - (same ? 1 : 0)) * (same ? positiveWeight : negativeWeight);
                for (var i = 0; i < width; i++)
                {
                    gradient[i] += error * features[i];
                }

                biasGradient += error;
            }

            for (var i = 0; i < width; i++)
            {
                weights[i] -= rate * (gradient[i] + (l2 * weights[i]));
            }

            bias -= rate * biasGradient;
        }

        return new StoryModel([.. weights.Select(w => Math.Round(w, 3))], Math.Round(bias, 3));
    }
}
