namespace Wiredesk.Core.Time;

/// <summary>Matches predicted time expressions with gold TIMEX3 annotations of one document, one to one.</summary>
public static class TimexScorer
{
    /// <summary>
    /// Scores one document. Each gold annotation is paired with at most one predicted expression: the one with the same
    /// span if there is one, else the first unpaired one that overlaps it.
    /// </summary>
    public static TimexScore Score(IReadOnlyList<TimeMlTimex> gold, IReadOnlyList<TimeExpression> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var used = new bool[predicted.Count];
        int strict = 0, relaxed = 0, sameValue = 0, sameType = 0;
        foreach (var g in gold)
        {
            var match = -1;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && predicted[p].Span == g.Span)
                {
                    match = p;
                    break;
                }
            }

            if (match < 0)
            {
                for (var p = 0; p < predicted.Count; p++)
                {
                    var s = predicted[p].Span;
                    if (!used[p] && s.Start < g.Span.End && g.Span.Start < s.End)
                    {
                        match = p;
                        break;
                    }
                }
            }

            if (match < 0)
            {
                continue;
            }

            used[match] = true;
            relaxed++;
            var found = predicted[match];
            if (found.Span == g.Span)
            {
                strict++;
            }

            if (found.Value == g.Value)
            {
                sameValue++;
            }

            if (string.Equals(TypeName(found.Type), g.Type, StringComparison.OrdinalIgnoreCase))
            {
                sameType++;
            }
        }

        return new TimexScore(gold.Count, predicted.Count, strict, relaxed, sameValue, sameType);
    }

    /// <summary>The TimeML name of a type: DATE, TIME, DURATION, SET.</summary>
    public static string TypeName(TimeExpressionType type) => type switch
    {
        TimeExpressionType.Time => "TIME",
        TimeExpressionType.Duration => "DURATION",
        TimeExpressionType.Set => "SET",
        _ => "DATE",
    };
}
