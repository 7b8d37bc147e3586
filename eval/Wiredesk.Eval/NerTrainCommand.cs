using System.CommandLine;
using System.Diagnostics;
using Wiredesk.Core.Entities;

namespace Wiredesk.Eval;

/// <summary>
/// <c>ner-train --train &lt;conll&gt; --dev &lt;conll&gt; --out &lt;model file&gt; [--epochs N] [--seed S]</c>: trains the
/// named-entity model (averaged structured perceptron) and writes the model file; the dev score after each pass goes
/// to stderr, the final one to stdout as JSON. Deterministic for a seed.
/// </summary>
internal static class NerTrainCommand
{
    public static Command Create()
    {
        var train = new Option<FileInfo>("--train") { Description = "CoNLL-2003 training file", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "CoNLL-2003 development file, scored after every pass" };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => NerTrainingOptions.Default.Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => NerTrainingOptions.Default.Seed };
        var prune = new Option<float>("--prune") { Description = "Drop features whose largest averaged weight is below this", DefaultValueFactory = _ => NerTrainingOptions.Default.PruneBelow };
        var command = new Command("ner-train", "Train the named-entity model on CoNLL-2003 and write the model file") { train, dev, output, epochs, seed, prune };
        command.SetAction(parse => Run(
            parse.GetValue(train)!,
            parse.GetValue(dev),
            parse.GetValue(output)!,
            NerTrainingOptions.Default with { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), PruneBelow = parse.GetValue(prune) }));
        return command;
    }

    private static int Run(FileInfo trainFile, FileInfo? devFile, FileInfo output, NerTrainingOptions options)
    {
        if (!trainFile.Exists || (devFile is not null && !devFile.Exists))
        {
            Console.Error.WriteLine("ner-train: the training or dev file does not exist (see ../shared/bench/README.md)");
            return 2;
        }

        var train = ConllFile.Read(trainFile);
        var dev = devFile is null ? [] : ConllFile.Read(devFile);
        var clock = Stopwatch.StartNew();
        var model = new NerTrainer(options).Train(
            train.Select(s => s.ForTraining()).ToList(),
            dev.Count == 0 ? null : (epoch, averaged) =>
            {
                var (scorer, _, _) = NerEvaluation.Score(averaged, dev);
                Console.Error.WriteLine($"epoch {epoch}: dev F1 {100 * scorer.Overall.F1:0.00} ({clock.Elapsed.TotalSeconds:0}s)");
            });
        clock.Stop();

        output.Directory?.Create();
        using (var stream = output.Create())
        {
            NerModelFormat.Write(model, stream);
        }

        output.Refresh();
        using var written = output.OpenRead();
        var reloaded = NerModelFormat.Read(written);
        var report = new
        {
            train = trainFile.FullName,
            trainSentences = train.Count,
            options,
            features = model.Features.Count,
            knownNames = model.Known.Entries.Count,
            modelBytes = output.Length,
            trainingSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            dev = dev.Count == 0 ? null : NerEvaluation.Summary(NerEvaluation.Score(reloaded, dev).Scorer),
        };
        Console.WriteLine(EvalJson.Serialize(report));
        return 0;
    }
}
