using System.CommandLine;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Stories;

namespace Wiredesk.Eval;

/// <summary>
/// <c>eval similarity --train &lt;csv&gt; --test &lt;csv&gt;</c>: Pearson correlation between the story stage's article
/// similarity and the SemEval-2022 Task 8 <c>Overall</c> score (1 = very similar, so the score is negated). Document
/// frequencies come from the texts of both files (no labels); the weights of the three cosines are chosen on the train
/// pairs and reported on the test pairs, beside the clusterer's own weights.
/// </summary>
internal static class SimilarityCommand
{
    public static Command Create()
    {
        var train = new Option<FileInfo>("--train") { Description = "SemEval pair CSV to choose weights on", Required = true };
        var test = new Option<FileInfo>("--test") { Description = "SemEval pair CSV to report on", Required = true };
        var command = new Command("similarity", "Pearson correlation of article similarity with SemEval-2022 Task 8 Overall scores") { train, test };
        command.SetAction(parse => Run(parse.GetValue(train)!, parse.GetValue(test)!));
        return command;
    }

    private static int Run(FileInfo trainFile, FileInfo testFile)
    {
        foreach (var file in new[] { trainFile, testFile })
        {
            if (!file.Exists)
            {
                Console.Error.WriteLine($"similarity: '{file.FullName}' does not exist (the benchmark data is not in the repository; see ../shared/bench/README.md)");
                return 2;
            }
        }

        var trainPairs = SemEvalPairs.Read(trainFile.FullName);
        var testPairs = SemEvalPairs.Read(testFile.FullName);
        var cleaner = new ArticleCleaner();
        var documents = trainPairs.Concat(testPairs)
            .SelectMany(p => new[] { (p.Id + "-1", p.Text1), (p.Id + "-2", p.Text2) })
            .ToDictionary(d => d.Item1, d => cleaner.Clean(PlainTextParser.Parse(d.Item1, d.Item2, d.Item1).Articles.Single()), StringComparer.Ordinal);
        (ArticleSimilarity Similarity, List<(SemEvalPairs.Pair Pair, ArticleProfile A, ArticleProfile B)> Train, List<(SemEvalPairs.Pair Pair, ArticleProfile A, ArticleProfile B)> Test) Prepare(int leadWords)
        {
            var similarity = new ArticleSimilarity();
            var train = trainPairs.Select(p => (Pair: p, A: ArticleProfiler.Profile(documents[p.Id + "-1"], leadWords), B: ArticleProfiler.Profile(documents[p.Id + "-2"], leadWords))).ToList();
            var test = testPairs.Select(p => (Pair: p, A: ArticleProfiler.Profile(documents[p.Id + "-1"], leadWords), B: ArticleProfiler.Profile(documents[p.Id + "-2"], leadWords))).ToList();
            foreach (var (_, a, b) in train.Concat(test))
            {
                similarity.Count(a);
                similarity.Count(b);
            }

            return (similarity, train, test);
        }

        double ModelPearson(ArticleSimilarity similarity, List<(SemEvalPairs.Pair Pair, ArticleProfile A, ArticleProfile B)> pairs) =>
            Math.Round(Correlation(pairs.Select(t => -similarity.Score(t.A, t.B)).ToList(), pairs.Select(t => t.Pair.Overall).ToList()), 4);

        // Articles with no title found (texts that run the headline into the body) take their first lead words as
        // title words; how many is chosen on the train pairs, and every count tried is shown.
        var prepared = LeadCounts.ToDictionary(n => n, Prepare);
        var leadTable = prepared
            .Select(p => new { leadWords = p.Key, trainPearson = ModelPearson(p.Value.Similarity, p.Value.Train), testPearson = ModelPearson(p.Value.Similarity, p.Value.Test) })
            .ToList();
        var (similarity, train, test) = prepared.TryGetValue(ArticleProfiler.LeadTitleWords, out var chosenLead) ? chosenLead : Prepare(ArticleProfiler.LeadTitleWords);
        var untitled = documents.Values.Count(d => string.IsNullOrEmpty(d.Title));

        var trainComponents = train.Select(t => (Gold: t.Pair.Overall, C: similarity.Components(t.A, t.B))).ToList();
        var testComponents = test.Select(t => (Gold: t.Pair.Overall, C: similarity.Components(t.A, t.B))).ToList();
        double Pearson(List<(double Gold, (double Words, double Names, double Titles) C)> rows, (double W, double N, double T) weights) =>
            Correlation(rows.Select(r => -((weights.W * r.C.Words) + (weights.N * r.C.Names) + (weights.T * r.C.Titles))).ToList(), rows.Select(r => r.Gold).ToList());

        var grid = from w in Enumerable.Range(0, 11) from n in Enumerable.Range(0, 11 - w) select (W: w / 10.0, N: n / 10.0, T: (10 - w - n) / 10.0);
        var chosen = grid.OrderByDescending(g => Pearson(trainComponents, g)).First();
        Console.WriteLine(EvalJson.Serialize(new
        {
            train = trainFile.FullName,
            test = testFile.FullName,
            trainPairs = train.Count,
            testPairs = test.Count,
            chosenWeights = new { words = chosen.W, names = chosen.N, titles = chosen.T },
            trainPearson = Math.Round(Pearson(trainComponents, chosen), 4),
            testPearson = Math.Round(Pearson(testComponents, chosen), 4),
            testPearsonClustererModel = Math.Round(Correlation(test.Select(t => -similarity.Score(t.A, t.B)).ToList(), test.Select(t => t.Pair.Overall).ToList()), 4),
            trainPearsonClustererModel = ModelPearson(similarity, train),
            articlesWithoutTitle = untitled,
            leadTitleWords = ArticleProfiler.LeadTitleWords,
            leadTitleWordsTried = leadTable,
            testPearsonWordsOnly = Math.Round(Pearson(testComponents, (1, 0, 0)), 4),
            note = "similarity negated, since Overall 1 means very similar; document frequencies from the texts of both files",
        }));
        return 0;
    }

    private static readonly int[] LeadCounts = [0, 4, 6, 8, 10, 12, 15, 20];

    private static double Correlation(List<double> x, List<double> y)
    {
        var (mx, my) = (x.Average(), y.Average());
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }
}
