namespace Wiredesk.Eval;

/// <summary>Cue, source, content and all-span scores over a set of articles, accumulated in citron's way.</summary>
internal sealed class RoleScores
{
    private readonly SpanScores _cue = new();
    private readonly SpanScores _source = new();
    private readonly SpanScores _content = new();
    private readonly SpanScores _all = new();

    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public void Add(List<Item> predicted, List<Item> gold, int[] tokens)
    {
        Gold += gold.Count;
        Predicted += predicted.Count;
        Exact(_cue, predicted, gold, (p, g) => Same(p.Cue, g.Cue));
        Exact(_source, predicted, gold, (p, g) => Overlaps(p.Cue, g.Cue) && Same(p.Source, g.Source));
        Exact(_content, predicted, gold, (p, g) => Overlaps(p.Cue, g.Cue) && Same(p.Content, g.Content));
        Exact(_all, predicted, gold, (p, g) => Same(p.Cue, g.Cue) && Same(p.Source, g.Source) && Same(p.Content, g.Content));
        Overlap(_cue, predicted.Select(p => p.Cue), gold.Select(g => g.Cue), tokens);
        Overlap(_source, predicted.Select(p => p.Source), gold.Select(g => g.Source), tokens);
        Overlap(_content, predicted.Select(p => p.Content), gold.Select(g => g.Content), tokens);
        foreach (var role in new Func<Item, (int, int)[]?>[] { i => i.Cue, i => i.Source, i => i.Content })
        {
            Overlap(_all, predicted.Select(role), gold.Select(role), tokens);
        }
    }

    public object ToJson() => new { cue = _cue.ToJson(), source = _source.ToJson(), content = _content.ToJson(), allSpans = _all.ToJson() };

    public static bool Same((int Start, int End)[]? a, (int Start, int End)[]? b) =>
        (a is null && b is null) || (a is not null && b is not null && a[0].Start == b[0].Start && a[^1].End == b[^1].End);

    public static bool Overlaps((int Start, int End)[]? a, (int Start, int End)[]? b) =>
        a is not null && b is not null && a.Any(x => b.Any(y => x.Start < y.End && y.Start < x.End));

    private static void Exact(SpanScores scores, List<Item> predicted, List<Item> gold, Func<Item, Item, bool> match)
    {
        foreach (var p in predicted)
        {
            if (gold.Any(g => match(p, g)))
            {
                scores.TruePositives++;
            }
            else
            {
                scores.FalsePositives++;
            }
        }

        scores.FalseNegatives += gold.Count(g => !predicted.Any(p => match(p, g)));
    }

    private static void Overlap(SpanScores scores, IEnumerable<(int Start, int End)[]?> predicted, IEnumerable<(int Start, int End)[]?> gold, int[] tokens)
    {
        var predictedSets = predicted.Select(s => Tokens(s, tokens)).ToList();
        var goldSets = gold.Select(s => Tokens(s, tokens)).ToList();
        var goldUnion = new HashSet<int>(goldSets.SelectMany(s => s));
        var predictedUnion = new HashSet<int>(predictedSets.SelectMany(s => s));
        foreach (var set in predictedSets)
        {
            scores.PredictedTokens += set.Count;
            scores.OverlapPredicted += set.Count(goldUnion.Contains);
        }

        foreach (var set in goldSets)
        {
            scores.GoldTokens += set.Count;
            scores.OverlapGold += set.Count(predictedUnion.Contains);
        }
    }

    private static HashSet<int> Tokens((int Start, int End)[]? spans, int[] tokens)
    {
        var set = new HashSet<int>();
        if (spans is null)
        {
            return set;
        }

        foreach (var (start, end) in spans)
        {
            for (var i = start; i < end && i < tokens.Length; i++)
            {
                if (tokens[i] >= 0)
                {
                    set.Add(tokens[i]);
                }
            }
        }

        return set;
    }
}
