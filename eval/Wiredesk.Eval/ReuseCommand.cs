using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Eval;

/// <summary>
/// <c>reuse --data &lt;folder&gt; --pairs &lt;copies.tsv&gt;</c>: streams a folder of news-please records through the reuse
/// index in publication order and scores the copy pairs it finds against the gold TSV.
/// </summary>
internal static class ReuseCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder of news-please .json records", Required = true };
        var pairs = new Option<FileInfo>("--pairs") { Description = "Gold copy pairs (TSV: id_a, id_b, containment, jaccard)", Required = true };
        var containment = new Option<double>("--containment") { Description = "Containment of the smaller side that makes a predicted copy pair", DefaultValueFactory = _ => 0.8 };
        var show = new Option<bool>("--show") { Description = "Print the texts of missed and extra pairs on stderr" };
        var command = new Command("reuse", "Copy-pair precision and recall on a folder of news-please records") { data, pairs, containment, show };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(pairs)!, parse.GetValue(containment), parse.GetValue(show)));
        return command;
    }

    private static int Run(DirectoryInfo data, FileInfo pairsFile, double threshold, bool show)
    {
        if (!data.Exists || !data.EnumerateFiles("*.json").Any())
        {
            Console.Error.WriteLine($"reuse: no news-please .json files in '{data.FullName}' (the benchmark data is not in the repository; see ../shared/bench/README.md)");
            return 2;
        }

        if (!pairsFile.Exists)
        {
            Console.Error.WriteLine($"reuse: the copy-pair file '{pairsFile.FullName}' does not exist");
            return 2;
        }

        var options = ReuseOptions.Default;
        var whole = Stopwatch.StartNew();
        var documents = NewsPleaseFolder.InPublicationOrder(NewsPleaseFolder.Read(data.FullName, Console.Error));
        var stream = Stopwatch.StartNew();
        var run = ReuseStream.Run(documents, options);
        stream.Stop();
        whole.Stop();

        var gold = CopyPair.Read(pairsFile.FullName);
        var goldKeys = gold.Select(p => (p.A, p.B)).ToHashSet();
        var predicted = run.Relations.Values
            .Where(r => r.Kind != ReuseKind.Quotation && Math.Max(r.ContainmentA, r.ContainmentB) >= threshold)
            .Select(r => (r.A, r.B))
            .ToHashSet();
        var truePositives = predicted.Where(goldKeys.Contains).Order().ToList();
        var falsePositives = predicted.Where(p => !goldKeys.Contains(p)).Order().ToList();
        var falseNegatives = goldKeys.Where(p => !predicted.Contains(p)).Order().ToList();
        var shortened = gold.Where(p => p.Jaccard < 0.5).Select(p => (p.A, p.B)).ToList();
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var comparer = new ReuseComparer(options);

        var report = new
        {
            data = data.FullName,
            pairs = pairsFile.FullName,
            articles = documents.Count,
            options = new { containment = threshold, reuse = options },
            goldPairs = gold.Count,
            predictedPairs = predicted.Count,
            precision = Ratio(truePositives.Count, predicted.Count),
            recall = Ratio(truePositives.Count, gold.Count),
            f1 = F1(truePositives.Count, predicted.Count, gold.Count),
            truePositives = Ids(truePositives),
            falsePositives = Ids(falsePositives),
            falseNegatives = Ids(falseNegatives),
            shortenedRewrites = new
            {
                rule = "gold pairs with jaccard < 0.5",
                goldPairs = shortened.Count,
                truePositives = Ids(shortened.Where(predicted.Contains)),
                falseNegatives = Ids(shortened.Where(p => !predicted.Contains(p))),
                recall = Ratio(shortened.Count(predicted.Contains), shortened.Count),
            },
            extraRelations = new
            {
                partialBelowThreshold = run.Relations.Values.Count(r => r.Kind == ReuseKind.Partial && Math.Max(r.ContainmentA, r.ContainmentB) < threshold),
                duplicateBelowThreshold = run.Relations.Values.Count(r => r.Kind == ReuseKind.Duplicate && Math.Max(r.ContainmentA, r.ContainmentB) < threshold),
                quotation = run.Relations.Values.Count(r => r.Kind == ReuseKind.Quotation),
            },
            predictedDetail = run.Relations.Values
                .Where(r => predicted.Contains((r.A, r.B)))
                .OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal)
                .Select(r => new { a = r.A, b = r.B, gold = goldKeys.Contains((r.A, r.B)), kind = r.Kind.ToString(), r.ContainmentA, r.ContainmentB, analysedWordsA = ReuseTokenizer.Tokenize(byId[r.A]).Length, analysedWordsB = ReuseTokenizer.Tokenize(byId[r.B]).Length })
                .ToList(),
            misses = falseNegatives.Select(p => Explain(p, byId, run, comparer, gold)).ToList(),
            candidatesCompared = run.Compared,
            articlesPerSecond = new
            {
                wholeRun = Math.Round(documents.Count / whole.Elapsed.TotalSeconds, 1),
                reuseOnly = Math.Round(documents.Count / stream.Elapsed.TotalSeconds, 1),
                note = "wholeRun includes reading and cleaning the files; reuseOnly is tokenize + sign + candidates + compare + add",
            },
        };
        Console.WriteLine(EvalJson.Serialize(report));
        if (show)
        {
            PairPrinter.Print(Console.Error, "MISSED", falseNegatives, byId, run);
            PairPrinter.Print(Console.Error, "EXTRA", falsePositives, byId, run);
        }

        return 0;
    }

    private static object Explain((string A, string B) pair, Dictionary<string, Document> byId, ReuseStream.Result run, ReuseComparer comparer, List<CopyPair> gold)
    {
        var (a, b) = (byId[pair.A], byId[pair.B]);
        var (ta, tb) = (ReuseTokenizer.Tokenize(a), ReuseTokenizer.Tokenize(b));
        var relation = run.Relations.GetValueOrDefault(pair) ?? comparer.Compare(a, ta, b, tb);
        var goldPair = gold.First(g => (g.A, g.B) == pair);
        return new
        {
            a = pair.A,
            b = pair.B,
            goldContainment = goldPair.Containment,
            goldJaccard = goldPair.Jaccard,
            analysedWordsA = ta.Length,
            analysedWordsB = tb.Length,
            textWordsA = a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            textWordsB = b.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            wasCandidate = run.Relations.ContainsKey(pair) || run.CandidatePairs.Contains(pair),
            relation = relation is null ? null : new { kind = relation.Kind.ToString(), relation.ContainmentA, relation.ContainmentB, passages = relation.Passages.Count },
        };
    }

    private static string[][] Ids(IEnumerable<(string A, string B)> pairs) => pairs.Select(p => new[] { p.A, p.B }).ToArray();

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static double F1(int truePositives, int predicted, int gold)
    {
        var (p, r) = (predicted == 0 ? 0 : (double)truePositives / predicted, gold == 0 ? 0 : (double)truePositives / gold);
        return p + r == 0 ? 0 : Math.Round(2 * p * r / (p + r), 4);
    }
}
