namespace Wiredesk.Eval;

/// <summary>
/// Scores of one role (cue, source, content or all three) in citron's terms: exact matches counted as true and false
/// positives and negatives, and token overlap summed over spans.
/// </summary>
internal sealed class SpanScores
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public long OverlapPredicted { get; set; }

    public long PredictedTokens { get; set; }

    public long OverlapGold { get; set; }

    public long GoldTokens { get; set; }

    public object ToJson()
    {
        static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
        static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        var p = Ratio(TruePositives, TruePositives + FalsePositives);
        var r = Ratio(TruePositives, TruePositives + FalseNegatives);
        var op = Ratio(OverlapPredicted, PredictedTokens);
        var or = Ratio(OverlapGold, GoldTokens);
        return new
        {
            exact = new { precision = Math.Round(p * 100, 1), recall = Math.Round(r * 100, 1), f1 = Math.Round(F1(p, r) * 100, 1), tp = TruePositives, fp = FalsePositives, fn = FalseNegatives },
            overlap = new { precision = Math.Round(op * 100, 1), recall = Math.Round(or * 100, 1), f1 = Math.Round(F1(op, or) * 100, 1) },
        };
    }
}
