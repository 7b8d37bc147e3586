namespace Wiredesk.Eval;

/// <summary>
/// Pairwise precision/recall/F1, BCubed precision/recall/F1 and the adjusted Rand index of a clustering against gold
/// labels. With a focus (the labelled items of one half), only pairs that touch a focus item count, and an item outside
/// the focus is known only to belong to another event: clustering it with a focus item is an error.
/// </summary>
internal sealed record ClusterScores(
    double PairPrecision,
    double PairRecall,
    double PairF1,
    double BCubedPrecision,
    double BCubedRecall,
    double BCubedF1,
    double AdjustedRand,
    int Items,
    int GoldClusters,
    int PredictedClusters)
{
    /// <summary>Scores over every item of <paramref name="gold"/>.</summary>
    public static ClusterScores Of(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted) =>
        Of(gold, predicted, gold.Keys.ToHashSet(StringComparer.Ordinal));

    /// <summary>Scores over the items in <paramref name="focus"/>, with every other predicted item as a distractor.</summary>
    public static ClusterScores Of(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted, IReadOnlySet<string> focus)
    {
        var items = predicted.Keys.Order(StringComparer.Ordinal).ToList();
        var inFocus = items.Where(focus.Contains).ToList();
        long both = 0, sameGold = 0, samePredicted = 0, considered = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                if (!focus.Contains(a) && !focus.Contains(b))
                {
                    continue;
                }

                considered++;
                var g = focus.Contains(a) && focus.Contains(b) && gold[a] == gold[b];
                var p = predicted[a] == predicted[b];
                both += g && p ? 1 : 0;
                sameGold += g ? 1 : 0;
                samePredicted += p ? 1 : 0;
            }
        }

        var pairPrecision = samePredicted == 0 ? 1 : (double)both / samePredicted;
        var pairRecall = sameGold == 0 ? 1 : (double)both / sameGold;

        double bPrecision = 0, bRecall = 0;
        foreach (var item in inFocus)
        {
            var mates = items.Where(o => predicted[o] == predicted[item]).ToList();
            var correct = mates.Count(o => focus.Contains(o) && gold[o] == gold[item]);
            bPrecision += (double)correct / mates.Count;
            bRecall += (double)correct / inFocus.Count(o => gold[o] == gold[item]);
        }

        bPrecision /= Math.Max(1, inFocus.Count);
        bRecall /= Math.Max(1, inFocus.Count);
        var expected = considered == 0 ? 0 : sameGold * (double)samePredicted / considered;
        var maximum = (sameGold + samePredicted) / 2.0;
        var ari = maximum - expected == 0 ? 1 : (both - expected) / (maximum - expected);
        return new ClusterScores(
            Round(pairPrecision), Round(pairRecall), Round(F1(pairPrecision, pairRecall)),
            Round(bPrecision), Round(bRecall), Round(F1(bPrecision, bRecall)),
            Round(ari), inFocus.Count,
            inFocus.Select(i => gold[i]).Distinct().Count(), inFocus.Select(i => predicted[i]).Distinct().Count());
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static double Round(double value) => Math.Round(value, 4);
}
