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
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var tokens = documents.ToDictionary(d => d.Id, ReuseTokenizer.Tokenize, StringComparer.Ordinal);
        var verbatim = run.Relations.Values.ToDictionary(r => (r.A, r.B), r => ShingleContainment.OfSmaller(tokens[r.A], tokens[r.B], options.ShingleSize));

        // Copy level: what Wiredesk calls a copy — a reuse relation whose smaller side is at least 80 % verbatim in the
        // other (5-word shingles of the normalised words). Edited copies: the aligner's containment of the more
        // contained side at least --containment. All reuse: every duplicate or partial relation.
        var reuse = run.Relations.Values.Where(r => r.Kind != ReuseKind.Quotation).ToList();
        var copies = reuse.Where(r => verbatim[(r.A, r.B)] >= ShingleContainment.CopyThreshold).Select(r => (r.A, r.B)).ToHashSet();
        var predicted = reuse.Where(r => Math.Max(r.ContainmentA, r.ContainmentB) >= threshold).Select(r => (r.A, r.B)).ToHashSet();
        var allReuse = reuse.Select(r => (r.A, r.B)).ToHashSet();
        var copyLevel = Score(copies, goldKeys);
        var truePositives = copyLevel.TruePositives;
        var falsePositives = copyLevel.FalsePositives;
        var falseNegatives = copyLevel.FalseNegatives;
        var shortened = gold.Where(p => p.Jaccard < 0.5).Select(p => (p.A, p.B)).ToList();
        var comparer = new ReuseComparer(options);

        var report = new
        {
            data = data.FullName,
            pairs = pairsFile.FullName,
            articles = documents.Count,
            options = new { copyThreshold = ShingleContainment.CopyThreshold, containment = threshold, reuse = options },
            goldPairs = gold.Count,
            rule = "copy level: a duplicate or partial relation whose smaller side has at least copyThreshold of its distinct 5-word shingles (normalised words) in the other",
            predictedPairs = copies.Count,
            precision = Ratio(truePositives.Count, copies.Count),
            recall = Ratio(truePositives.Count, gold.Count),
            f1 = F1(truePositives.Count, copies.Count, gold.Count),
            truePositives = Ids(truePositives),
            falsePositives = Ids(falsePositives),
            falseNegatives = Ids(falseNegatives),
            shortenedRewrites = new
            {
                rule = "gold pairs with jaccard < 0.5",
                goldPairs = shortened.Count,
                truePositives = Ids(shortened.Where(copies.Contains)),
                falseNegatives = Ids(shortened.Where(p => !copies.Contains(p))),
                recall = Ratio(shortened.Count(copies.Contains), shortened.Count),
                editedCopyRecall = Ratio(shortened.Count(predicted.Contains), shortened.Count),
            },
            editedCopies = Summary("a duplicate or partial relation whose more contained side has at least --containment of its words in aligned passages (through edits)", Score(predicted, goldKeys), gold.Count),
            allReuse = Summary("every duplicate or partial relation", Score(allReuse, goldKeys), gold.Count),
            extraRelations = new
            {
                partialBelowThreshold = run.Relations.Values.Count(r => r.Kind == ReuseKind.Partial && Math.Max(r.ContainmentA, r.ContainmentB) < threshold),
                duplicateBelowThreshold = run.Relations.Values.Count(r => r.Kind == ReuseKind.Duplicate && Math.Max(r.ContainmentA, r.ContainmentB) < threshold),
                quotation = run.Relations.Values.Count(r => r.Kind == ReuseKind.Quotation),
            },
            source = SourceAgreement(run.Relations.Values, byId, options),
            predictedDetail = run.Relations.Values
                .Where(r => predicted.Contains((r.A, r.B)) || copies.Contains((r.A, r.B)) || goldKeys.Contains((r.A, r.B)))
                .OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal)
                .Select(r => new { a = r.A, b = r.B, gold = goldKeys.Contains((r.A, r.B)), copy = copies.Contains((r.A, r.B)), kind = r.Kind.ToString(), r.ContainmentA, r.ContainmentB, verbatim = Math.Round(verbatim[(r.A, r.B)], 4), analysedWordsA = tokens[r.A].Length, analysedWordsB = tokens[r.B].Length })
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
            PairPrinter.Print(Console.Error, "EXTRA-EDITED", predicted.Where(p => !goldKeys.Contains(p)).Order(), byId, run);
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

    private sealed record Scored(int Predicted, List<(string A, string B)> TruePositives, List<(string A, string B)> FalsePositives, List<(string A, string B)> FalseNegatives);

    private static Scored Score(HashSet<(string A, string B)> predicted, HashSet<(string A, string B)> gold) => new(
        predicted.Count,
        predicted.Where(gold.Contains).Order().ToList(),
        predicted.Where(p => !gold.Contains(p)).Order().ToList(),
        gold.Where(p => !predicted.Contains(p)).Order().ToList());

    private static object Summary(string rule, Scored scored, int gold) => new
    {
        rule,
        predictedPairs = scored.Predicted,
        truePositives = scored.TruePositives.Count,
        falsePositives = Ids(scored.FalsePositives),
        falseNegatives = Ids(scored.FalseNegatives),
        precision = Ratio(scored.TruePositives.Count, scored.Predicted),
        recall = Ratio(scored.TruePositives.Count, gold),
        f1 = F1(scored.TruePositives.Count, scored.Predicted, gold),
    };

    /// <summary>
    /// How the containment tie-breaker for the source would have decided the pairs the dates decide: of the relations
    /// with two different publication dates where containment names a source too, how often it names the earlier one.
    /// </summary>
    private static object SourceAgreement(IEnumerable<ReuseRelation> relations, Dictionary<string, Document> byId, ReuseOptions options)
    {
        var (dated, undated, decidedUndated, decidable, agree) = (0, 0, 0, 0, 0);
        var both = new List<object>();
        foreach (var relation in relations.Where(r => r.Kind != ReuseKind.Quotation))
        {
            var byContainment = ReuseComparer.SourceByContainment(relation.A, relation.ContainmentA, relation.B, relation.ContainmentB, options);
            if (relation.Source is null || Earlier(byId[relation.A], byId[relation.B]) is null)
            {
                undated++;
                decidedUndated += relation.Source is null ? 0 : 1;
                continue;
            }

            dated++;
            if (byContainment is not null)
            {
                decidable++;
                agree += byContainment == relation.Source ? 1 : 0;
                both.Add(new { a = relation.A, b = relation.B, byDate = relation.Source, byContainment, relation.ContainmentA, relation.ContainmentB, publishedA = byId[relation.A].PublishedAt, publishedB = byId[relation.B].PublishedAt });
            }
        }

        return new
        {
            rule = "dates first; otherwise the text at least sourceContainment inside the other when the other is at least sourceContainmentMargin less contained",
            relationsDecidedByDate = dated,
            ofThoseContainmentWouldDecide = decidable,
            containmentAgreesWithDate = agree,
            relationsWithoutDistinctDates = undated,
            ofThoseDecidedByContainment = decidedUndated,
            decidedBothWays = both,
        };
    }

    private static string? Earlier(Document a, Document b) =>
        a.PublishedAt is { } x && b.PublishedAt is { } y && x != y ? (x < y ? a.Id : b.Id)
        : a.Published is { } p && b.Published is { } q && p != q ? (p < q ? a.Id : b.Id)
        : null;

    private static string[][] Ids(IEnumerable<(string A, string B)> pairs) => pairs.Select(p => new[] { p.A, p.B }).ToArray();

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static double F1(int truePositives, int predicted, int gold)
    {
        var (p, r) = (predicted == 0 ? 0 : (double)truePositives / predicted, gold == 0 ? 0 : (double)truePositives / gold);
        return p + r == 0 ? 0 : Math.Round(2 * p * r / (p + r), 4);
    }
}
