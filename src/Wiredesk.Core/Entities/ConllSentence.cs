namespace Wiredesk.Core.Entities;

/// <summary>A sentence of a CoNLL-2003 file: its words and each word's entity label (the last column).</summary>
internal sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Labels)
{
    /// <summary>The labelled entities, read the way conlleval reads them.</summary>
    public List<TaggedChunk> Entities() => IobChunks.Read(Labels);

    public NerTrainingSentence ForTraining() => new(Words, Entities());
}
