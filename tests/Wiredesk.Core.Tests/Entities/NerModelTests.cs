using Wiredesk.Core.Entities;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Entities;

public sealed class NerModelTests
{
    private static readonly string[][] Words =
    [
        ["Mark", "Rutte", "visited", "Ankara", "on", "Monday", "."],
        ["NATO", "said", "Rutte", "would", "return", "to", "Türkiye", "."],
        ["The", "European", "Commission", "met", "in", "Brussels", "."],
        ["Turkish", "officials", "met", "Johann", "Wadephul", "in", "Berlin", "."],
    ];

    private static readonly TaggedChunk[][] Entities =
    [
        [new(0, 2, EntityType.Person), new(3, 1, EntityType.Place)],
        [new(0, 1, EntityType.Organization), new(2, 1, EntityType.Person), new(6, 1, EntityType.Place)],
        [new(1, 2, EntityType.Organization), new(5, 1, EntityType.Place)],
        [new(0, 1, EntityType.Other), new(3, 2, EntityType.Person), new(6, 1, EntityType.Place)],
    ];

    private static NerModel TrainSmall() =>
        new NerTrainer(new NerTrainingOptions(Epochs: 5, Folds: 2, PruneBelow: 0))
            .Train(Words.Select((w, i) => new NerTrainingSentence(w, Entities[i])).ToList());

    [Fact]
    public void The_default_model_loads_from_the_assembly()
    {
        var model = NerModel.LoadDefault();

        Assert.True(model.Features.Count > 10_000);
        Assert.True(model.Known.Entries.Count > 1_000);
    }

    [Fact]
    public void A_small_model_learns_its_training_sentences()
    {
        var model = TrainSmall();

        for (var i = 0; i < Words.Length; i++)
        {
            var (text, tokens) = NerTrainer.Join(Words[i]);
            Assert.Equal(Entities[i], model.Recognize(text, tokens));
        }
    }

    [Fact]
    public void Training_is_deterministic()
    {
        Assert.Equal(Bytes(TrainSmall()), Bytes(TrainSmall()));
    }

    [Fact]
    public void A_model_round_trips_through_its_file_format()
    {
        var model = TrainSmall();
        var bytes = Bytes(model);

        var read = NerModelFormat.Read(new MemoryStream(bytes));

        Assert.Equal(bytes, Bytes(read));
        Assert.Equal(model.Hashes.Order(), read.Hashes.Order());
        Assert.Equal(model.Known.Entries.Count, read.Known.Entries.Count);
        var (text, tokens) = NerTrainer.Join(["Johann", "Wadephul", "visited", "Brussels", "."]);
        Assert.Equal(model.Recognize(text, tokens), read.Recognize(text, tokens));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => NerModelFormat.Read(new MemoryStream("WDNEX\u0001\u0001\u0000"u8.ToArray())));
    }

    [Fact]
    public void The_default_model_scores_at_least_88_F1_on_the_CoNLL_dev_split()
    {
        var path = SharedData.Path("bench", "ner", "conll2003", "eng.testa");
        var model = NerModel.LoadDefault();
        var scorer = new NerScorer();

        foreach (var sentence in ConllFormat.Parse(File.ReadLines(path)))
        {
            var (text, tokens) = NerTrainer.Join(sentence.Words);
            scorer.Add(sentence.Entities(), model.Recognize(text, tokens));
        }

        Assert.True(scorer.Overall.F1 >= 0.88, $"dev F1 {scorer.Overall.F1:P2}");
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        NerModelFormat.Write(model, stream);
        return stream.ToArray();
    }
}
