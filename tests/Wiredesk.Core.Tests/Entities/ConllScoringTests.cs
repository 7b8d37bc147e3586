using Wiredesk.Core.Entities;

namespace Wiredesk.Core.Tests.Entities;

public sealed class ConllScoringTests
{
    private const string Sample = """
        -DOCSTART- -X- -X- O

        NATO NNP B-NP B-ORG
        chief NN I-NP O
        Mark NNP I-NP B-PER
        Rutte NNP I-NP I-PER
        visited VBD B-VP O
        New NNP B-NP B-LOC
        York NNP I-NP I-LOC
        . . O O

        Turkish JJ B-NP I-MISC
        officials NNS I-NP O
        met VBD B-VP O
        Rutte NNP B-NP I-PER
        Erdogan NNP I-NP B-PER
        . . O O
        """;

    [Fact]
    public void Sentences_and_labels_are_read_without_the_document_marker()
    {
        var sentences = ConllFormat.Parse(Sample.Split('\n'));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["NATO", "chief", "Mark", "Rutte", "visited", "New", "York", "."], sentences[0].Words);
        Assert.Equal("I-LOC", sentences[0].Labels[6]);
    }

    [Fact]
    public void Chunks_are_read_from_iob2_and_iob1_labels_as_conlleval_reads_them()
    {
        var sentences = ConllFormat.Parse(Sample.Split('\n'));

        Assert.Equal(
            [new(0, 1, EntityType.Organization), new(2, 2, EntityType.Person), new(5, 2, EntityType.Place)],
            sentences[0].Entities());
        Assert.Equal(
            [new(0, 1, EntityType.Other), new(3, 1, EntityType.Person), new(4, 1, EntityType.Person)],
            sentences[1].Entities());
    }

    [Fact]
    public void Scores_count_only_exact_span_and_type_matches()
    {
        var scorer = new NerScorer();
        TaggedChunk[] gold = [new(0, 1, EntityType.Organization), new(2, 2, EntityType.Person), new(5, 2, EntityType.Place)];
        TaggedChunk[] predicted = [new(0, 1, EntityType.Organization), new(3, 1, EntityType.Person), new(5, 2, EntityType.Organization)];

        scorer.Add(gold, predicted);

        Assert.Equal(new NerScore(3, 3, 1), scorer.Overall);
        Assert.Equal(1.0 / 3, scorer.Overall.F1, 6);
        Assert.Equal(new NerScore(1, 2, 1), scorer.Of(EntityType.Organization));
        Assert.Equal(0.5, scorer.Of(EntityType.Organization).Precision);
        Assert.Equal(0, scorer.Of(EntityType.Person).F1);
        Assert.Equal(new NerScore(0, 0, 0), scorer.Of(EntityType.Other));
    }

    [Fact]
    public void Bilou_tags_round_trip_through_chunks()
    {
        TaggedChunk[] chunks = [new(0, 1, EntityType.Organization), new(2, 3, EntityType.Person), new(6, 2, EntityType.Place)];

        var tags = BilouTags.Encode(chunks, 9);

        Assert.Equal(chunks, BilouTags.Decode(tags));
        Assert.True(BilouTags.CanFollow(tags[2], tags[3]));
        Assert.False(BilouTags.CanFollow(BilouTags.Tag(EntityType.Person, BilouTags.Begin), BilouTags.Outside));
    }
}
