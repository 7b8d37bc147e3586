using System.CommandLine;
using System.Diagnostics;
using Wiredesk.Core.Text;
using Wiredesk.Core.Time;

namespace Wiredesk.Eval;

/// <summary>
/// <c>time --data &lt;TimeML folder&gt;</c>: tags the TEXT of every .tml file with its creation time as the anchor and
/// scores the expressions against the TIMEX3 annotations in TempEval-3's terms (strict and relaxed span P/R/F1,
/// value and type F1 over relaxed matches).
/// </summary>
internal static class TimeCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder of TimeML .tml files (searched recursively)", Required = true };
        var show = new Option<bool>("--show") { Description = "Print misses, extras and wrong values on stderr" };
        var command = new Command("time", "TIMEX3 span and value scores on a TimeML corpus (TempEval-3)") { data, show };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(show)));
        return command;
    }

    private static int Run(DirectoryInfo data, bool show)
    {
        var files = data.Exists ? data.EnumerateFiles("*.tml", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"time: no TimeML .tml files in '{data.FullName}' (the benchmark data is not in the repository; see ../shared/bench/README.md)");
            return 2;
        }

        var documents = files.Select(f => TimeMlReader.Parse(File.ReadAllText(f.FullName))).ToList();
        var tagger = new TemporalTagger();
        var predictions = new List<IReadOnlyList<TimeExpression>>(documents.Count);
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            predictions.Add(tagger.Tag(document.Text, new TextSpan(0, document.Text.Length), document.CreationTime));
        }

        clock.Stop();
        var total = TimexScore.Empty;
        for (var d = 0; d < documents.Count; d++)
        {
            total = total.Add(TimexScorer.Score(documents[d].Timexes, predictions[d]));
            if (show)
            {
                Differences(documents[d], predictions[d]);
            }
        }

        var report = new
        {
            data = data.FullName,
            documents = documents.Count,
            gold = total.Gold,
            predicted = total.Predicted,
            strict = Prf(total, total.Strict),
            relaxed = Prf(total, total.Relaxed),
            value = Prf(total, total.SameValue),
            type = Prf(total, total.SameType),
            valueAccuracy = Math.Round(100 * total.ValueAccuracy, 2),
            typeAccuracy = Math.Round(100 * total.TypeAccuracy, 2),
            taggingMilliseconds = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
        };
        Console.WriteLine(EvalJson.Serialize(report));
        return 0;
    }

    private static object Prf(TimexScore score, int matches) => new
    {
        precision = Math.Round(100 * score.Precision(matches), 2),
        recall = Math.Round(100 * score.Recall(matches), 2),
        f1 = Math.Round(100 * score.F1(matches), 2),
    };

    private static void Differences(TimeMlDocument document, IReadOnlyList<TimeExpression> predicted)
    {
        var matched = new HashSet<TimeExpression>();
        foreach (var gold in document.Timexes)
        {
            var found = predicted.FirstOrDefault(p => !matched.Contains(p) && p.Span.Start < gold.Span.End && gold.Span.Start < p.Span.End);
            if (found is null)
            {
                Console.Error.WriteLine($"MISS\t{document.Id}\t{gold.Text}\t{gold.Type}\t{gold.Value}\t{Context(document.Text, gold.Span)}");
                continue;
            }

            matched.Add(found);
            if (found.Value != gold.Value)
            {
                Console.Error.WriteLine($"VALUE\t{document.Id}\t{gold.Text}|{found.Text}\t{gold.Value}|{found.Value}\t{document.CreationTime:yyyy-MM-dd}\t{Context(document.Text, gold.Span)}");
            }
            else if (found.Span != gold.Span)
            {
                Console.Error.WriteLine($"SPAN\t{document.Id}\t{gold.Text}|{found.Text}");
            }
        }

        foreach (var extra in predicted.Where(p => !matched.Contains(p)))
        {
            Console.Error.WriteLine($"EXTRA\t{document.Id}\t{extra.Text}\t{extra.Value}\t{Context(document.Text, extra.Span)}");
        }
    }

    private static string Context(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 50);
        var end = Math.Min(text.Length, span.End + 50);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
