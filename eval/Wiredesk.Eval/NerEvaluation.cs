using System.Diagnostics;
using Wiredesk.Core.Entities;

namespace Wiredesk.Eval;

/// <summary>Tags CoNLL sentences with a model and scores them; shared by <c>ner</c> and <c>ner-train</c>.</summary>
internal static class NerEvaluation
{
    public static (NerScorer Scorer, TimeSpan Elapsed, int Tokens) Score(NerModel model, IReadOnlyList<ConllSentence> sentences)
    {
        var scorer = new NerScorer();
        var tokens = 0;
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            var (text, spans) = NerTrainer.Join(sentence.Words);
            scorer.Add(sentence.Entities(), model.Recognize(text, spans));
            tokens += spans.Length;
        }

        clock.Stop();
        return (scorer, clock.Elapsed, tokens);
    }

    public static object Summary(NerScorer scorer) => new
    {
        overall = Figures(scorer.Overall),
        perType = Enum.GetValues<EntityType>().ToDictionary(IobChunks.NameOf, t => Figures(scorer.Of(t))),
    };

    private static object Figures(NerScore score) => new
    {
        precision = Math.Round(100 * score.Precision, 2),
        recall = Math.Round(100 * score.Recall, 2),
        f1 = Math.Round(100 * score.F1, 2),
        gold = score.Gold,
        predicted = score.Predicted,
        correct = score.Correct,
    };
}
