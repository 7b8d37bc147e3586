using System.CommandLine;
using System.Diagnostics;
using Wiredesk.Core.Entities;

namespace Wiredesk.Eval;

/// <summary>
/// <c>ner --data &lt;conll file&gt; [--model &lt;file&gt;]</c>: tags a CoNLL-2003 file with the embedded model (or the given
/// one) and prints exact span-and-type precision, recall and F1, overall and per type, with tagging speed.
/// </summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "A CoNLL-2003 file (word first, entity label last; IOB1 or IOB2)", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "A model file to evaluate instead of the one embedded in Wiredesk.Core" };
        var command = new Command("ner", "Named-entity recognition: exact span+type P/R/F1 on a CoNLL-2003 file") { data, model };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(model)));
        return command;
    }

    private static int Run(FileInfo data, FileInfo? modelFile)
    {
        if (!data.Exists)
        {
            Console.Error.WriteLine($"ner: '{data.FullName}' does not exist (the benchmark data is not in the repository; see ../shared/bench/README.md)");
            return 2;
        }

        var load = Stopwatch.StartNew();
        NerModel model;
        if (modelFile is null)
        {
            model = NerModel.LoadDefault();
        }
        else
        {
            using var stream = modelFile.OpenRead();
            model = NerModelFormat.Read(stream);
        }

        load.Stop();
        var sentences = ConllFile.Read(data);
        NerEvaluation.Score(model, sentences.Take(500).ToList());
        var (scorer, elapsed, tokens) = NerEvaluation.Score(model, sentences);
        var report = new
        {
            data = data.FullName,
            model = modelFile?.FullName ?? NerModel.DefaultResource,
            features = model.Features.Count,
            knownNames = model.Known.Entries.Count,
            sentences = sentences.Count,
            tokens,
            scores = NerEvaluation.Summary(scorer),
            loadMilliseconds = Math.Round(load.Elapsed.TotalMilliseconds, 1),
            tokensPerSecond = Math.Round(tokens / elapsed.TotalSeconds),
            note = "one thread; the tokens are the file's own, so the tokenizer is not timed here",
        };
        Console.WriteLine(EvalJson.Serialize(report));
        return 0;
    }
}
