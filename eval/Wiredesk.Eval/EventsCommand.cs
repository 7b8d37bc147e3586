using System.CommandLine;
using System.Diagnostics;
using System.Xml.Linq;
using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Eval;

/// <summary>
/// <c>events --data &lt;PETR records file&gt; --dictionaries &lt;dir&gt;</c>: codes PETRARCH's unit-test records with the
/// dictionary-driven <see cref="EventCoder"/>, once with each record's Treebank parse (tags) and once from its plain
/// text, and scores them: on sentences with expected codes, the exact code set, at least one expected code, the exact
/// set of root codes and triple P/R/F1; "no events" sentences left empty; expected discards and bad parses detected;
/// a breakdown by category; and coding speed.
/// </summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "PETR.UnitTest.records.xml", Required = true };
        var dictionaries = new Option<DirectoryInfo>("--dictionaries") { Description = "Folder with the verbs, actors, agents and discards dictionaries the records name", Required = true };
        var show = new Option<int>("--show") { Description = "print this many wrongly coded sentences to stderr (negative: from the plain-text run)", DefaultValueFactory = _ => 0 };
        var lenient = new Option<bool>("--lenient") { Description = "skip malformed dictionary lines with a warning instead of stopping" };
        var command = new Command("events", "Event-code scores on PETRARCH's unit-test records") { data, dictionaries, show, lenient };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(dictionaries)!, parse.GetValue(show), parse.GetValue(lenient)));
        return command;
    }

    private static int Run(FileInfo data, DirectoryInfo folder, int show, bool lenient)
    {
        if (!data.Exists || !folder.Exists)
        {
            Console.Error.WriteLine($"events: '{data.FullName}' or '{folder.FullName}' is missing (the benchmark data is not in the repository; see ../shared/bench/README.md)");
            return 2;
        }

        CodingDictionaries dictionaries;
        try
        {
            dictionaries = CodingDictionaries.Parse(
                Dictionary(data, folder, "Verbfile", "verbs"),
                Dictionary(data, folder, "Actorfile", "actors"),
                Dictionary(data, folder, "Agentfile", "agents"),
                Dictionary(data, folder, "Discardfile", "discards"),
                lenient);
        }
        catch (Exception e) when (e is DictionaryFormatException or FileNotFoundException)
        {
            Console.Error.WriteLine($"events: {e.Message}");
            return 2;
        }

        var records = PetrRecordsFile.Read(data.FullName);
        var coder = new EventCoder(dictionaries);
        var withParse = Evaluate(records, coder, useParse: true, show > 0 ? show : 0);
        var textOnly = Evaluate(records, coder, useParse: false, show < 0 ? -show : 0);
        Console.WriteLine(EvalJson.Serialize(new
        {
            data = data.FullName,
            dictionaries = new
            {
                folder = folder.FullName,
                verbBlocks = dictionaries.Verbs.Blocks.Count,
                verbWords = dictionaries.Verbs.VerbWordCount,
                patterns = dictionaries.Verbs.Blocks.Sum(b => b.Patterns.Count),
                synsets = dictionaries.Verbs.Synsets.Count,
                actorNames = dictionaries.Actors.Names.Count,
                agentPhrases = dictionaries.Agents.Phrases.Count,
                discards = dictionaries.Discards.Entries.Count,
                linesSkipped = dictionaries.Warnings.Count(),
            },
            records = records.Count,
            withParse,
            textOnly,
            note = "exactCodeSet: the set of event codes coded for a sentence equals the expected set (sentences with at least one expected code); mainCodeCorrect: at least one expected code coded; rootCodeSet: the sets of two-digit root codes are equal; triples: (source, target, code) with '---' for a missing actor; withParse takes part-of-speech tags from each record's Treebank parse, textOnly tokenizes the plain text; require_dyad follows the records' Config switches, other options are ignored",
        }));
        return 0;
    }

    private static (string Name, string Content) Dictionary(FileInfo data, DirectoryInfo folder, string element, string kind)
    {
        var named = XDocument.Load(data.FullName).Descendants(element).Select(e => e.Value.Trim()).FirstOrDefault();
        var file = named is not null && File.Exists(Path.Combine(folder.FullName, named))
            ? new FileInfo(Path.Combine(folder.FullName, named))
            : folder.EnumerateFiles($"*{kind}*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault()
              ?? throw new FileNotFoundException($"no {kind} dictionary in '{folder.FullName}'");
        return (file.Name, File.ReadAllText(file.FullName));
    }

    private static object Evaluate(List<PetrRecord> records, EventCoder coder, bool useParse, int show)
    {
        var scores = new EventCodingScores();
        var byCategory = new SortedDictionary<string, (int Sentences, int Exact)>(StringComparer.Ordinal);
        int noEvents = 0, leftEmpty = 0, errors = 0, errorsDetected = 0, parseFailures = 0, shown = 0;
        var inputs = new List<(IReadOnlyList<CodingToken> Tokens, PetrRecord Record)>();
        foreach (var record in records)
        {
            IReadOnlyList<CodingToken> tokens;
            var parseFailed = false;
            try
            {
                tokens = useParse ? TreebankTokens.FromParse(record.Text, TreebankReader.Read(record.Parse)) : SentenceTokenizer.Tokenize(record.Text);
            }
            catch (FormatException)
            {
                parseFailed = true;
                parseFailures++;
                tokens = SentenceTokenizer.Tokenize(record.Text);
            }

            inputs.Add((tokens, record));
            var result = coder.Code(tokens, record.Date, new CodingOptions(record.RequireDyad));
            var predicted = result.Events.Select(e => (e.Source, e.Target, e.Code)).ToList();
            if (record.ExpectedError is { } error)
            {
                errors++;
                errorsDetected += error switch
                {
                    "storydiscard" => result.Discard is { Story: true } ? 1 : 0,
                    "sentencediscard" => result.Discard is { Story: false } ? 1 : 0,
                    "bad_input_parse" => parseFailed ? 1 : 0,
                    _ => 0,
                };
                continue;
            }

            if (record.ExpectedCodes.Count == 0)
            {
                noEvents++;
                leftEmpty += predicted.Count == 0 ? 1 : 0;
                if (predicted.Count > 0 && shown++ < show)
                {
                    Print(record, predicted);
                }

                continue;
            }

            var exact = scores.Add(record.ExpectedCodes, record.Expected.ToList(), predicted);
            var (n, k) = byCategory.GetValueOrDefault(record.Category);
            byCategory[record.Category] = (n + 1, k + (exact ? 1 : 0));
            if (!exact && shown++ < show)
            {
                Print(record, predicted);
            }
        }

        // Twenty more passes for speed (tokens already made), after the first one warmed the code up.
        const int passes = 20;
        var watch = Stopwatch.StartNew();
        var total = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (tokens, record) in inputs)
            {
                total += coder.Code(tokens, record.Date, new CodingOptions(record.RequireDyad)).Events.Count;
            }
        }

        watch.Stop();
        GC.KeepAlive(total);
        return new
        {
            withExpectedCodes = scores.ToJson(),
            noEvents = new { sentences = noEvents, leftEmpty },
            expectedErrors = new { sentences = errors, detected = errorsDetected },
            parseFailures,
            byCategory = byCategory.ToDictionary(c => c.Key, c => new { sentences = c.Value.Sentences, exactCodeSet = c.Value.Exact }),
            sentencesPerSecond = Math.Round(passes * inputs.Count / watch.Elapsed.TotalSeconds),
        };
    }

    private static void Print(PetrRecord record, List<(string Source, string Target, string Code)> predicted)
    {
        static string Triples(IEnumerable<(string, string, string)> t) => string.Join(" ", t.Select(x => $"{x.Item1}/{x.Item2}/{x.Item3}"));
        Console.Error.WriteLine($"{record.Id} [{record.Category}] {record.Text.ReplaceLineEndings(" ")}");
        Console.Error.WriteLine($"    expected: {Triples(record.Expected)}");
        Console.Error.WriteLine($"    coded:    {Triples(predicted)}");
    }
}
