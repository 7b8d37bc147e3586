namespace Wiredesk.Eval;

/// <summary>
/// Event-coding scores over sentences with expected codes: exact code set, at least one expected code, exact set of
/// two-digit root codes, and precision/recall/F1 over (source, target, code) triples.
/// </summary>
internal sealed class EventCodingScores
{
    public int Sentences { get; private set; }

    public int ExactCodes { get; private set; }

    public int MainCode { get; private set; }

    public int ExactRoots { get; private set; }

    public int TriplesGold { get; private set; }

    public int TriplesPredicted { get; private set; }

    public int TriplesCorrect { get; private set; }

    /// <summary>Adds a sentence; returns whether its code set was exact.</summary>
    public bool Add(IReadOnlySet<string> expectedCodes, IReadOnlyCollection<(string, string, string)> expected, IReadOnlyCollection<(string Source, string Target, string Code)> predicted)
    {
        Sentences++;
        var codes = predicted.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var exact = codes.SetEquals(expectedCodes);
        ExactCodes += exact ? 1 : 0;
        MainCode += codes.Overlaps(expectedCodes) ? 1 : 0;
        ExactRoots += codes.Select(Root).ToHashSet(StringComparer.Ordinal).SetEquals(expectedCodes.Select(Root)) ? 1 : 0;
        var gold = expected.ToHashSet();
        var mine = predicted.ToHashSet();
        TriplesGold += gold.Count;
        TriplesPredicted += mine.Count;
        TriplesCorrect += mine.Count(gold.Contains);
        return exact;
    }

    public static string Root(string code) => code.Length >= 2 ? code[..2] : code;

    public object ToJson()
    {
        var precision = Ratio(TriplesCorrect, TriplesPredicted);
        var recall = Ratio(TriplesCorrect, TriplesGold);
        return new
        {
            sentences = Sentences,
            exactCodeSet = new { correct = ExactCodes, accuracy = Ratio(ExactCodes, Sentences) },
            mainCodeCorrect = new { correct = MainCode, accuracy = Ratio(MainCode, Sentences) },
            rootCodeSet = new { correct = ExactRoots, accuracy = Ratio(ExactRoots, Sentences) },
            triples = new
            {
                gold = TriplesGold,
                predicted = TriplesPredicted,
                correct = TriplesCorrect,
                precision,
                recall,
                f1 = precision + recall == 0 ? 0 : Math.Round(2 * precision * recall / (precision + recall), 4),
            },
        };
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
