using System.CommandLine;
using System.Diagnostics;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Quotes;

namespace Wiredesk.Eval;

/// <summary>
/// <c>eval quotes --data &lt;PolNeAR split dir&gt;</c>: the quotation extractor against PolNeAR's attributions, in citron's
/// terms — cue, source and content precision, recall and F1 with exact span match (source and content also need the
/// cue to overlap) and with token overlap, and all spans together — over all attributions and over direct quotations
/// only (content starting or ending with a quotation mark, or standing inside marks, the same rule for gold and
/// predicted spans).
/// </summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "PolNeAR split folder with text/ and attributions/", Required = true };
        var show = new Option<int>("--show") { Description = "print this many missed and extra direct quotations to stderr", DefaultValueFactory = _ => 0 };
        var dump = new Option<FileInfo?>("--dump") { Description = "write every predicted quotation (article, kind, cue, source, content offsets) to this file as JSON lines" };
        var command = new Command("quotes", "Quotation cue, source and content scores on PolNeAR") { data, show, dump };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(show), parse.GetValue(dump)));
        return command;
    }

    private static int Run(DirectoryInfo folder, int show, FileInfo? dump)
    {
        if (!Directory.Exists(Path.Combine(folder.FullName, "attributions")))
        {
            Console.Error.WriteLine($"quotes: '{folder.FullName}' has no attributions/ folder (the benchmark data is not in the repository; see ../shared/bench/README.md)");
            return 2;
        }

        var articles = PolNeArFolder.Read(folder.FullName);
        var cleaner = new ArticleCleaner();
        var extractor = new QuoteExtractor();
        var all = new RoleScores();
        var direct = new RoleScores();
        var changed = 0;
        var predictedCount = new Dictionary<QuoteKind, int>();
        var noCue = 0;
        var documents = new List<Wiredesk.Core.Documents.Document>();
        var shown = 0;
        using var dumpWriter = dump is null ? null : new StreamWriter(dump.FullName);
        foreach (var (id, text, gold) in articles)
        {
            var document = cleaner.Clean(PlainTextParser.Parse(id, text, id + ".txt").Articles.Single());
            if (!string.Equals(document.Text, text, StringComparison.Ordinal))
            {
                changed++;
                continue;
            }

            documents.Add(document);
            var quotations = extractor.Extract(document);
            var predicted = quotations.Select(q => (Quote: q, Item: Item(q, text))).ToList();
            foreach (var (q, item) in predicted)
            {
                dumpWriter?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { article = id, kind = q.Kind.ToString(), cue = Pairs(item.Cue), source = Pairs(item.Source), content = Pairs(item.Content) }));
                predictedCount[q.Kind] = predictedCount.GetValueOrDefault(q.Kind) + 1;
                noCue += q.Cue is null ? 1 : 0;
            }

            var goldItems = gold.Select(g => new Item(g.Cue, g.Source, g.Content)).ToList();
            var tokens = TokenIndex(text);
            all.Add(predicted.Select(p => p.Item).ToList(), goldItems, tokens);
            var goldDirect = gold.Where(g => IsDirect(text, g.Content)).Select(g => new Item(g.Cue, g.Source, g.Content)).ToList();
            var predictedDirect = predicted.Where(p => IsDirect(text, p.Item.Content)).Select(p => p.Item).ToList();
            direct.Add(predictedDirect, goldDirect, tokens);
            if (shown < show)
            {
                shown += ShowDifferences(id, text, predictedDirect, goldDirect);
            }
        }

        // A second, warm pass over the same documents, for speed.
        var watch = Stopwatch.StartNew();
        var again = 0L;
        foreach (var document in documents)
        {
            again += extractor.Extract(document).Count;
        }

        GC.KeepAlive(again);

        watch.Stop();
        Console.WriteLine(EvalJson.Serialize(new
        {
            data = folder.FullName,
            articles = articles.Count,
            skippedTextChangedByCleaning = changed,
            gold = new { all = all.Gold, direct = direct.Gold },
            predicted = new { all = all.Predicted, direct = direct.Predicted, byKind = predictedCount.ToDictionary(k => k.Key.ToString(), k => k.Value), withoutCue = noCue },
            all = all.ToJson(),
            direct = direct.ToJson(),
            extractionArticlesPerSecond = Math.Round(documents.Count / watch.Elapsed.TotalSeconds),
            note = "exact: same first and last character (discontinuous gold spans by their bounds); source and content exact also need the cues to overlap; overlap: tokens (letter-digit runs and single punctuation marks); predicted direct content includes its quotation marks, as PolNeAR's does",
        }));
        return 0;
    }

    /// <summary>A quotation as PolNeAR would annotate it: the content of a direct quotation takes in its marks.</summary>
    private static Item Item(Quotation quote, string text)
    {
        var start = quote.Content.Start;
        var end = quote.Content.End;
        if (quote.Kind == QuoteKind.Direct)
        {
            start = start > 0 && IsMark(text[start - 1]) ? start - 1 : start;
            end = end < text.Length && IsMark(text[end]) ? end + 1 : end;
        }

        return new Item(
            quote.Cue is { } cue ? [(cue.Start, cue.End)] : null,
            quote.SpeakerMention is { } source ? [(source.Start, source.End)] : null,
            [(start, end)]);
    }

    private static int[][]? Pairs((int Start, int End)[]? spans) => spans?.Select(s => new[] { s.Start, s.End }).ToArray();

    private static bool IsMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    /// <summary>Direct: the content starts or ends with a mark, or stands right inside marks.</summary>
    private static bool IsDirect(string text, (int Start, int End)[] content)
    {
        var start = content[0].Start;
        var end = content[^1].End;
        if (end <= start)
        {
            return false;
        }

        if (IsMark(text[start]) || IsMark(text[end - 1]))
        {
            return true;
        }

        var before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = end;
        while (after < text.Length && (char.IsWhiteSpace(text[after]) || text[after] is ',' or '.'))
        {
            after++;
        }

        return before >= 0 && after < text.Length && IsMark(text[before]) && IsMark(text[after]);
    }

    /// <summary>For each character, the token it belongs to (letter-digit runs and single punctuation marks), or -1.</summary>
    private static int[] TokenIndex(string text)
    {
        var index = new int[text.Length];
        var token = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                index[i] = -1;
                continue;
            }

            if (!(char.IsLetterOrDigit(c) && i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                token++;
            }

            index[i] = token;
        }

        return index;
    }

    private static int ShowDifferences(string id, string text, List<Item> predicted, List<Item> gold)
    {
        var count = 0;
        foreach (var g in gold.Where(g => !predicted.Any(p => RoleScores.Overlaps(p.Cue, g.Cue) && RoleScores.Same(p.Source, g.Source))))
        {
            var s = predicted.FirstOrDefault(p => RoleScores.Overlaps(p.Content, g.Content));
            Console.Error.WriteLine($"MISS {id}: cue={Of(text, g.Cue)} source={Of(text, g.Source)} content={Short(Of(text, g.Content))} | ours: cue={Of(text, s?.Cue)} source={Of(text, s?.Source)} content={Short(Of(text, s?.Content))}");
            count++;
        }

        foreach (var p in predicted.Where(p => !gold.Any(g => RoleScores.Overlaps(p.Content, g.Content))))
        {
            Console.Error.WriteLine($"EXTRA {id}: cue={Of(text, p.Cue)} source={Of(text, p.Source)} content={Short(Of(text, p.Content))}");
            count++;
        }

        return count;
    }

    private static string Of(string text, (int Start, int End)[]? spans) =>
        spans is null ? "-" : "[" + string.Join(" | ", spans.Select(s => text[s.Start..s.End].ReplaceLineEndings(" "))) + "]";

    private static string Short(string s) => s.Length <= 90 ? s : s[..60] + " … " + s[^25..];
}
