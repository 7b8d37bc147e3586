namespace Wiredesk.Core.Time;

/// <summary>
/// Counts for scoring TIMEX3 extraction the TempEval-3 way: strict (same span) and relaxed (overlapping) matches,
/// and among relaxed matches those with the gold value and the gold type.
/// </summary>
public sealed record TimexScore(int Gold, int Predicted, int Strict, int Relaxed, int SameValue, int SameType)
{
    /// <summary>No documents scored.</summary>
    public static TimexScore Empty { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Strict span F1.</summary>
    public double StrictF1 => F1(Strict);

    /// <summary>Relaxed (overlap) span F1.</summary>
    public double RelaxedF1 => F1(Relaxed);

    /// <summary>Value F1: matches that overlap a gold TIMEX3 and carry its value, over predicted and gold counts.</summary>
    public double ValueF1 => F1(SameValue);

    /// <summary>Type F1, as value F1 but comparing types.</summary>
    public double TypeF1 => F1(SameType);

    /// <summary>Value accuracy over the relaxed matches.</summary>
    public double ValueAccuracy => Relaxed == 0 ? 0 : (double)SameValue / Relaxed;

    /// <summary>Type accuracy over the relaxed matches.</summary>
    public double TypeAccuracy => Relaxed == 0 ? 0 : (double)SameType / Relaxed;

    /// <summary>Precision for a count of matches.</summary>
    public double Precision(int matches) => Predicted == 0 ? 0 : (double)matches / Predicted;

    /// <summary>Recall for a count of matches.</summary>
    public double Recall(int matches) => Gold == 0 ? 0 : (double)matches / Gold;

    /// <summary>F1 for a count of matches.</summary>
    public double F1(int matches)
    {
        var p = Precision(matches);
        var r = Recall(matches);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The counts of two sets of documents together.</summary>
    public TimexScore Add(TimexScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new TimexScore(Gold + other.Gold, Predicted + other.Predicted, Strict + other.Strict, Relaxed + other.Relaxed,
            SameValue + other.SameValue, SameType + other.SameType);
    }
}
